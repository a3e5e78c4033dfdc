package io.github.smimecheck.jenkins;

import io.github.smimecheck.check.Outcome;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.verdict.BuildOutcome;
import io.github.smimecheck.check.verdict.FailureMessage;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Result of one scan as the agent sends it to the controller: the core's lines, ready to print, and
 * where the evidence was written. It carries no certificate, password or environment value.
 *
 * <p>A plain class rather than a record, because the build action stores it in the build's XML
 * and Jenkins' XStream cannot set the fields of a record.
 */
public final class ScanSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String outcome;
    private final String summaryLine;
    private final ArrayList<String> failureLines;
    private final String failureMessage;
    private final String evidencePath;
    private final ArrayList<String> warnings;
    /** Null in builds stored before this field existed; the getter returns an empty list then. */
    private final ArrayList<String> logLines;
    private final boolean failsBuild;

    ScanSummary(String outcome, String summaryLine, List<String> failureLines, String failureMessage,
                String evidencePath, List<String> warnings, List<String> logLines, boolean failsBuild) {
        this.outcome = outcome;
        this.summaryLine = summaryLine;
        this.failureLines = new ArrayList<>(failureLines);
        this.failureMessage = failureMessage;
        this.evidencePath = evidencePath;
        this.warnings = new ArrayList<>(warnings);
        this.logLines = new ArrayList<>(logLines);
        this.failsBuild = failsBuild;
    }

    /**
     * Builds the summary from a finished scan with the core's wording and build decision.
     *
     * @param evidencePath the report's path as shown to users, relative to the workspace when inside it
     * @param warnings lines about the configuration to print before the result
     * @param logLines the lines to print after the warnings, as {@link BuildOutcome} orders them
     * @param buildOutcome the core's decision whether the build fails, and the message to fail it with
     */
    static ScanSummary of(ScanResult result, String evidencePath, List<String> warnings, List<String> logLines,
                          BuildOutcome buildOutcome) {
        return new ScanSummary(result.outcome().name(), FailureMessage.summary(result),
                FailureMessage.failureLines(result), buildOutcome.failureMessage(), evidencePath, warnings,
                logLines, buildOutcome.failsBuild());
    }

    /** Returns {@code PASS} or {@code FAIL}, the names of {@link Outcome}. */
    public String getOutcome() {
        return outcome;
    }

    public boolean isFailed() {
        return Outcome.FAIL.name().equals(outcome);
    }

    /** Returns whether the core decided that this result fails the build, given the step's failOnFindings. */
    public boolean isFailsBuild() {
        return failsBuild;
    }

    public String getSummaryLine() {
        return summaryLine;
    }

    /** Returns one line per finding that fails the build: location, code and message. */
    public List<String> getFailureLines() {
        return List.copyOf(failureLines);
    }

    /** Returns the summary, the failure lines and the evidence path as one message, as the core builds it. */
    public String getFailureMessage() {
        return failureMessage;
    }

    public String getEvidencePath() {
        return evidencePath;
    }

    public List<String> getWarnings() {
        return List.copyOf(warnings);
    }

    /**
     * Returns the lines the step prints: the evidence files written, the as-of instant and
     * configuration files, the summary, failing findings, expired exceptions and the evidence path.
     */
    public List<String> getLogLines() {
        return logLines == null ? List.of() : List.copyOf(logLines);
    }
}
