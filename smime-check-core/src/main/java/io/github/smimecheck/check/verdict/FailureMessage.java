package io.github.smimecheck.check.verdict;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.ConfigurationFile;
import io.github.smimecheck.check.ReadProblem;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Builds the lines every front end prints: a summary, then one line per failing finding
 * (location, code, message), then one line per warning in the same shape, then one line per
 * expired exception, then where the evidence is. The failure message leaves the warnings out.
 * Front ends print them unchanged.
 */
public final class FailureMessage {

    private FailureMessage() {
    }

    /** Returns the summary line, for example {@code smime-check: 12 certificates, 3 S/MIME, 2 failing findings: FAIL}. */
    public static String summary(ScanResult result) {
        long smime = result.certificates().stream().filter(c -> c.classification().isSmime()).count();
        long warnings = countWarnings(result);
        return "smime-check: " + count(result.certificates().size(), "certificate") + " (" + smime + " S/MIME), "
                + count(result.problems().size(), "unreadable item") + ", "
                + count(result.failingFindingCount(), "failing finding") + ", " + count(warnings, "warning") + ": "
                + result.outcome();
    }

    private static String count(long number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }

    /**
     * Returns one line per finding that fails the build: certificates in inventory order, then
     * unreadable content, then findings about exceptions, located at the exception's entry.
     */
    public static List<String> failureLines(ScanResult result) {
        return findingLines(result, Finding::failsBuild);
    }

    /**
     * Returns one line per finding of severity WARNING, in the order and shape of
     * {@link #failureLines}, so the warnings that the summary counts can be read in the log.
     */
    public static List<String> warningLines(ScanResult result) {
        return findingLines(result, FailureMessage::isWarning);
    }

    private static List<String> findingLines(ScanResult result, Predicate<Finding> selected) {
        List<String> lines = new ArrayList<>();
        for (CertificateResult certificate : result.certificates()) {
            for (Finding finding : certificate.findings()) {
                if (selected.test(finding)) {
                    lines.add(line(certificate.locations().get(0), finding, certificate.certificate().getSubject().toString()));
                }
            }
        }
        for (ReadProblem problem : result.problems()) {
            if (selected.test(problem.finding())) {
                lines.add(line(problem.location(), problem.finding(), null));
            }
        }
        for (ExceptionStatus exception : result.exceptions()) {
            Location entry = Location.ofFile(exception.source()).child("exception " + exception.id());
            exception.findings().stream().filter(selected)
                    .forEach(finding -> lines.add(line(entry, finding, null)));
        }
        return lines;
    }

    /**
     * Returns one line per expired exception, such as
     * {@code Expired exception EXC-7 (owner Mail Team) expired on 2026-05-31}, whatever severity
     * the policy gives the finding, so an expired exception is visible even when its finding is lowered.
     */
    public static List<String> expiredExceptionLines(ScanResult result) {
        List<String> lines = new ArrayList<>();
        for (ExceptionStatus exception : result.exceptions()) {
            if (exception.expired()) {
                lines.add("Expired exception " + exception.id() + " (owner " + exception.owner() + ", "
                        + exception.source() + ") expired on " + exception.expires() + " and no longer covers any finding");
            }
        }
        return lines;
    }

    /**
     * Returns the lines that name what the verdict rested on: the as-of instant, then each
     * configuration file with its SHA-256, such as {@code Configuration: policy config/policy.yaml (sha256 3f…)}.
     */
    public static List<String> configurationLines(ScanResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("Evaluated as of " + result.asOf());
        for (ConfigurationFile file : result.configuration()) {
            lines.add("Configuration: " + file.role() + " " + file.path() + " (sha256 " + file.sha256() + ")");
        }
        return lines;
    }

    /** Returns the summary, the failure lines and the evidence path, ready to print or to throw. */
    public static String full(ScanResult result, String evidencePath) {
        StringBuilder message = new StringBuilder(summary(result));
        for (String line : failureLines(result)) {
            message.append(System.lineSeparator()).append("  ").append(line);
        }
        for (String line : expiredExceptionLines(result)) {
            message.append(System.lineSeparator()).append(line);
        }
        if (evidencePath != null) {
            message.append(System.lineSeparator()).append("Evidence: ").append(evidencePath);
        }
        return message.toString();
    }

    private static String line(Location location, Finding finding, String subject) {
        String who = subject == null || subject.isEmpty() ? "" : " [" + subject + "]";
        return location.display() + who + ": " + finding.code() + ": " + finding.message();
    }

    private static long countWarnings(ScanResult result) {
        return result.allFindings().filter(FailureMessage::isWarning).count();
    }

    private static boolean isWarning(Finding finding) {
        return finding.severity() == Severity.WARNING;
    }
}
