package io.github.smimecheck.check.verdict;

import io.github.smimecheck.check.Outcome;
import io.github.smimecheck.check.ScanResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines a build front end prints after a scan and the decision whether the build fails. Both
 * are decided here once, so the Maven goal and the Jenkins step print the same lines and fail on
 * the same results.
 *
 * <p>The lines are, in order: the as-of instant and the configuration files, the summary, one line
 * per failing finding and then one per warning (both indented by two spaces), one line per
 * expired exception and the evidence path. The front end prints them unchanged at their level and, when {@link #failsBuild()} is true,
 * fails the build with {@link #failureMessage()}.
 *
 * @param lines the lines to print, in order
 * @param failsBuild whether the build fails: the scan failed and failing on findings is enabled
 * @param failureMessage the core's full failure message (summary, failing findings, expired
 *     exceptions, evidence path), to fail the build with
 */
public record BuildOutcome(List<Line> lines, boolean failsBuild, String failureMessage) {

    public BuildOutcome {
        lines = List.copyOf(lines);
    }

    /** Log level of one line, mapped by each front end onto its own log. */
    public enum Level {
        INFO, WARNING, ERROR
    }

    /** One line to print. */
    public record Line(Level level, String text) {
    }

    /**
     * Decides the outcome of a finished scan.
     *
     * @param evidencePath the report path as the front end shows it
     * @param failOnFindings false to only report a failing scan without failing the build
     */
    public static BuildOutcome of(ScanResult result, String evidencePath, boolean failOnFindings) {
        List<Line> lines = new ArrayList<>();
        FailureMessage.configurationLines(result).forEach(text -> lines.add(new Line(Level.INFO, text)));

        if (result.outcome() == Outcome.PASS) {
            lines.add(new Line(Level.INFO, FailureMessage.summary(result)));
        } else {
            lines.add(new Line(Level.ERROR, FailureMessage.summary(result)));
            FailureMessage.failureLines(result).forEach(text -> lines.add(new Line(Level.ERROR, "  " + text)));
        }
        FailureMessage.warningLines(result).forEach(text -> lines.add(new Line(Level.WARNING, "  " + text)));

        FailureMessage.expiredExceptionLines(result).forEach(text -> lines.add(new Line(Level.WARNING, text)));
        lines.add(new Line(Level.INFO, "Evidence: " + evidencePath));

        boolean fails = result.outcome() == Outcome.FAIL && failOnFindings;
        return new BuildOutcome(lines, fails, FailureMessage.full(result, evidencePath));
    }

    /** Returns the text of every line, for a front end whose log has no levels. */
    public List<String> texts() {
        return lines.stream().map(Line::text).toList();
    }
}
