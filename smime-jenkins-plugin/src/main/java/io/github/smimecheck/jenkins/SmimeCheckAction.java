package io.github.smimecheck.jenkins;

import hudson.model.Run;
import jenkins.model.RunAction2;

/**
 * The smime-check result on the build page: a summary on the build's main page and a page with
 * the failing findings and the evidence path. It stores only the {@link ScanSummary}, which the
 * build keeps in its XML.
 */
public final class SmimeCheckAction implements RunAction2 {

    static final String URL_NAME = "smime-check";

    private final ScanSummary summary;
    private transient Run<?, ?> run;

    SmimeCheckAction(ScanSummary summary) {
        this.summary = summary;
    }

    public ScanSummary getSummary() {
        return summary;
    }

    /** Returns the build, for the side panel of the action's page. */
    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public void onAttached(Run<?, ?> attachedTo) {
        this.run = attachedTo;
    }

    @Override
    public void onLoad(Run<?, ?> loadedWith) {
        this.run = loadedWith;
    }

    @Override
    public String getIconFileName() {
        return "symbol-shield-checkmark-outline plugin-ionicons-api";
    }

    @Override
    public String getDisplayName() {
        return "S/MIME check";
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }
}
