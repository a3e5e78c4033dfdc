package io.github.smimecheck.check;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Everything a scan found, as plain data: every report format and every front end reads this.
 *
 * @param toolVersion smime-check version that produced the result
 * @param clockInstant the instant the injected clock gave when the scan started
 * @param asOf the instant everything was evaluated at
 * @param roots the scanned roots, as given
 * @param certificates every distinct certificate, ordered by first location
 * @param problems content that could not be read
 * @param outcome PASS or FAIL
 */
public record ScanResult(
        String toolVersion,
        Instant clockInstant,
        Instant asOf,
        List<Path> roots,
        List<CertificateResult> certificates,
        List<ReadProblem> problems,
        Outcome outcome) {

    public ScanResult {
        roots = List.copyOf(roots);
        certificates = List.copyOf(certificates);
        problems = List.copyOf(problems);
    }

    public long failingFindingCount() {
        long certificateFindings = certificates.stream()
                .flatMap(certificate -> certificate.findings().stream())
                .filter(finding -> finding.failsBuild())
                .count();
        long problemFindings = problems.stream().filter(problem -> problem.finding().failsBuild()).count();
        return certificateFindings + problemFindings;
    }
}
