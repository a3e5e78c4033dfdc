package io.github.smimecheck.jenkins;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.Builder;
import io.github.smimecheck.check.ScanLimits;
import java.io.IOException;
import java.io.PrintStream;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Build step and Pipeline step {@code smimeCheck}: scans files in the workspace for X.509
 * certificates, checks the S/MIME ones against the Baseline Requirements and the policy, writes
 * the evidence into the workspace and fails the build on any finding no exception covers.
 *
 * <p>It only turns its fields into core settings and the core's result into a build result. A
 * policy failure stops the build with the core's failure message. A configuration error or a tool
 * error stops it with a message that names that cause, so the two are never confused.
 */
public class SmimeCheckStep extends Builder implements SimpleBuildStep {

    static final String DEFAULT_OUTPUT_DIRECTORY = "target/smime-check";

    private final String paths;
    private String outputDirectory = DEFAULT_OUTPUT_DIRECTORY;
    private String asOf = "";
    private boolean failOnFindings = true;
    private String keystorePasswords = "";
    private int maxDepth = ScanLimits.defaults().maxDepth();
    private long maxEntries = ScanLimits.defaults().maxEntries();
    private long maxInflatedBytes = ScanLimits.defaults().maxInflatedBytes();
    private long maxFileBytes = ScanLimits.defaults().maxFileBytes();
    private String policyFile = "";
    private String exceptionsFile = "";
    private String ownersFile = "";
    private String formats = "";

    /**
     * @param paths Ant-style patterns or folders relative to the workspace, separated by commas or
     *     line breaks, such as {@code dist/**, config/tls}
     */
    @DataBoundConstructor
    public SmimeCheckStep(String paths) {
        this.paths = paths == null ? "" : paths.trim();
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull FilePath workspace, @NonNull EnvVars env,
                        @NonNull Launcher launcher, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        AgentScan scan = new AgentScan(this, env);
        checkConfiguration(scan);

        ScanSummary summary;
        try {
            summary = workspace.act(scan);
        } catch (AbortException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("smime-check could not finish the scan, so there is no verdict; this is a tool"
                    + " error, not a policy failure: " + e.getMessage(), e);
        }

        run.addAction(new SmimeCheckAction(summary));
        report(summary, listener.getLogger());
    }

    /**
     * Rejects invalid settings on the controller, before any work reaches the agent. The policy,
     * exceptions and owners files are read on the agent, so their errors arrive from there.
     */
    private void checkConfiguration(AgentScan scan) throws AbortException {
        try {
            scan.settings().validate();
            scan.reportFormats();
        } catch (IllegalArgumentException e) {
            throw new AbortException("smime-check: invalid configuration: " + e.getMessage());
        }
    }

    /** Prints the core's lines unchanged, then fails the build when the core decided that the result fails it. */
    private static void report(ScanSummary summary, PrintStream log) throws AbortException {
        summary.getWarnings().forEach(log::println);
        summary.getLogLines().forEach(log::println);
        if (summary.isFailsBuild()) {
            throw new AbortException(summary.getFailureMessage());
        }
    }

    public String getPaths() {
        return paths;
    }

    public String getOutputDirectory() {
        return outputDirectory;
    }

    /** Sets the folder the evidence is written to, relative to the workspace. */
    @DataBoundSetter
    public void setOutputDirectory(String outputDirectory) {
        this.outputDirectory = outputDirectory == null || outputDirectory.isBlank()
                ? DEFAULT_OUTPUT_DIRECTORY : outputDirectory.trim();
    }

    public String getAsOf() {
        return asOf;
    }

    /** Sets the date (yyyy-MM-dd, start of day UTC) or instant everything is evaluated at; blank means now. */
    @DataBoundSetter
    public void setAsOf(String asOf) {
        this.asOf = asOf == null ? "" : asOf.trim();
    }

    public boolean isFailOnFindings() {
        return failOnFindings;
    }

    /** Sets whether findings fail the build; false only reports them. */
    @DataBoundSetter
    public void setFailOnFindings(boolean failOnFindings) {
        this.failOnFindings = failOnFindings;
    }

    public String getKeystorePasswords() {
        return keystorePasswords;
    }

    /** Sets the {@code GLOB=ENV_VAR} entries that name the environment variables containing keystore passwords. */
    @DataBoundSetter
    public void setKeystorePasswords(String keystorePasswords) {
        this.keystorePasswords = keystorePasswords == null ? "" : keystorePasswords.trim();
    }

    public int getMaxDepth() {
        return maxDepth;
    }

    @DataBoundSetter
    public void setMaxDepth(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    public long getMaxEntries() {
        return maxEntries;
    }

    @DataBoundSetter
    public void setMaxEntries(long maxEntries) {
        this.maxEntries = maxEntries;
    }

    public long getMaxInflatedBytes() {
        return maxInflatedBytes;
    }

    @DataBoundSetter
    public void setMaxInflatedBytes(long maxInflatedBytes) {
        this.maxInflatedBytes = maxInflatedBytes;
    }

    public long getMaxFileBytes() {
        return maxFileBytes;
    }

    @DataBoundSetter
    public void setMaxFileBytes(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public String getPolicyFile() {
        return policyFile;
    }

    /** Sets the policy file (YAML), relative to the workspace; blank means the built-in default policy. */
    @DataBoundSetter
    public void setPolicyFile(String policyFile) {
        this.policyFile = policyFile == null ? "" : policyFile.trim();
    }

    public String getExceptionsFile() {
        return exceptionsFile;
    }

    /** Sets the file of documented, expiring exceptions (YAML), relative to the workspace; blank means none. */
    @DataBoundSetter
    public void setExceptionsFile(String exceptionsFile) {
        this.exceptionsFile = exceptionsFile == null ? "" : exceptionsFile.trim();
    }

    public String getOwnersFile() {
        return ownersFile;
    }

    /** Sets the file naming each certificate's owner (YAML), relative to the workspace; blank means none. */
    @DataBoundSetter
    public void setOwnersFile(String ownersFile) {
        this.ownersFile = ownersFile == null ? "" : ownersFile.trim();
    }

    public String getFormats() {
        return formats;
    }

    /** Sets the report formats, comma-separated (json, html, sarif, junit, cyclonedx); blank writes all. */
    @DataBoundSetter
    public void setFormats(String formats) {
        this.formats = formats == null ? "" : formats.trim();
    }
}
