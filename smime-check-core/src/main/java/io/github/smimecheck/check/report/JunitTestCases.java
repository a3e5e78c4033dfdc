package io.github.smimecheck.check.report;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.ReadProblem;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.verdict.ExceptionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a scan result into JUnit test cases, in inventory order. */
final class JunitTestCases {

    /** Class name of the test cases that report documented exceptions. */
    static final String EXCEPTIONS_CLASS_NAME = "smime-check.exceptions";

    private JunitTestCases() {
    }

    static List<JunitTestCase> of(ScanResult result) {
        Map<String, ExceptionStatus> exceptions = ReportFacts.exceptionsById(result);
        List<JunitTestCase> cases = new ArrayList<>();
        result.certificates().forEach(certificate -> cases.add(certificate(certificate, exceptions)));
        result.problems().forEach(problem -> cases.add(problem(problem)));
        for (ExceptionStatus exception : result.exceptions()) {
            if (exception.finding() != null) {
                cases.add(exception(exception));
            }
        }
        return cases;
    }

    private static JunitTestCase certificate(CertificateResult certificate, Map<String, ExceptionStatus> exceptions) {
        String name = ReportFacts.subject(certificate) + " (" + ReportFacts.shortDigest(certificate.sha256()) + ")";
        String className = certificate.locations().get(0).file();

        List<String> failing = new ArrayList<>();
        List<String> output = new ArrayList<>();
        output.add("SHA-256: " + certificate.sha256());
        output.add("Kind: " + ReportFacts.kind(certificate));
        output.add("Not after: " + ReportFacts.notAfter(certificate));
        certificate.ownerEntry().ifPresent(owner -> output.add("Owner: " + owner.id()));
        certificate.locations().forEach(location -> output.add("Found at: " + location.display()));
        for (Finding finding : certificate.findings()) {
            if (finding.failsBuild()) {
                failing.add(line(finding));
            } else if (finding.isCovered()) {
                output.add("Accepted by " + ReportFacts.justification(finding.coveredBy(), exceptions) + ": "
                        + line(finding));
            } else {
                output.add(finding.severity() + ": " + line(finding));
            }
        }

        if (!failing.isEmpty()) {
            Finding first = certificate.findings().stream().filter(Finding::failsBuild).findFirst().orElseThrow();
            String message = failing.size() + " failing finding" + (failing.size() == 1 ? "" : "s") + ", first: "
                    + first.code();
            return new JunitTestCase(name, className, message, first.code(), String.join("\n", failing), null, output);
        }
        String skipped = CertificateOutcome.of(certificate) == CertificateOutcome.ACCEPTED
                ? "every error is covered by a documented exception" : null;
        return new JunitTestCase(name, className, null, null, null, skipped, output);
    }

    private static JunitTestCase problem(ReadProblem problem) {
        Location location = problem.location();
        Finding finding = problem.finding();
        String name = "unreadable: " + location.display();
        if (finding.failsBuild()) {
            return new JunitTestCase(name, location.file(), finding.message(), finding.code(), line(finding), null,
                    List.of());
        }
        return new JunitTestCase(name, location.file(), null, null, null, finding.code() + ": " + finding.message(),
                List.of(finding.severity() + ": " + line(finding)));
    }

    private static JunitTestCase exception(ExceptionStatus exception) {
        Finding finding = exception.finding();
        String name = "exception " + exception.id();
        List<String> output = List.of("Expires: " + exception.expires(), "Covered findings: "
                + exception.coveredFindings(), finding.severity() + ": " + line(finding));
        if (finding.failsBuild()) {
            return new JunitTestCase(name, EXCEPTIONS_CLASS_NAME, finding.message(), finding.code(), line(finding), null,
                    output);
        }
        return new JunitTestCase(name, EXCEPTIONS_CLASS_NAME, null, null, null, null, output);
    }

    private static String line(Finding finding) {
        return finding.code() + " (" + finding.requirement() + "): " + finding.message();
    }
}
