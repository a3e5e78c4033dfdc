package io.github.smimecheck.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.FormValidation;
import io.github.smimecheck.check.AsOf;
import io.github.smimecheck.check.RootPatterns;
import io.github.smimecheck.check.read.EnvironmentPasswordSource;
import io.github.smimecheck.check.report.ReportFormat;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.QueryParameter;

/**
 * Registers {@link SmimeCheckStep} for freestyle jobs and, through the symbol {@code smimeCheck},
 * for Pipeline. Its form checks use the core's parsers, so the form and the build reject the same
 * values with the same messages.
 */
@Extension
@Symbol("smimeCheck")
public final class SmimeCheckStepDescriptor extends BuildStepDescriptor<Builder> {

    public SmimeCheckStepDescriptor() {
        super(SmimeCheckStep.class);
    }

    @Override
    public boolean isApplicable(Class<? extends AbstractProject> jobType) {
        return true;
    }

    @NonNull
    @Override
    public String getDisplayName() {
        return "Check S/MIME certificates (smime-check)";
    }

    /** Checks the syntax of the paths only. Like the other checks, it reads no file, so it needs no permission. */
    public FormValidation doCheckPaths(@QueryParameter String value) {
        return validation(() -> RootPatterns.parse(value));
    }

    public FormValidation doCheckAsOf(@QueryParameter String value) {
        return validation(() -> AsOf.parse(value));
    }

    public FormValidation doCheckKeystorePasswords(@QueryParameter String value) {
        return validation(() -> EnvironmentPasswordSource.mappings(EnvironmentPasswordSource.splitEntries(value)));
    }

    public FormValidation doCheckFormats(@QueryParameter String value) {
        return validation(() -> ReportFormat.parseList(value));
    }

    private static FormValidation validation(Runnable check) {
        try {
            check.run();
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }
}
