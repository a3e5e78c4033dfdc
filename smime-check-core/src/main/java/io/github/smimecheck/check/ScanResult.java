package io.github.smimecheck.check;

import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.verdict.ExceptionStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything a scan found, as plain data: every report format and every front end reads this.
 *
 * @param toolVersion smime-check version that produced the result
 * @param clockInstant the instant the injected clock gave when the scan started
 * @param asOf the instant everything was evaluated at
 * @param roots the scanned roots, as given
 * @param inputs every file read from disk, with its SHA-256
 * @param configuration the policy, exceptions and owners files in force, with their SHA-256
 * @param effectivePolicy the effective policy as YAML text, as printed in the evidence
 * @param certificates every distinct certificate, ordered by first location
 * @param problems content that could not be read
 * @param exceptions every documented exception and how it stood at the as-of date
 * @param outcome PASS or FAIL
 * @param baseDirectory folder that relative locations and inputs are relative to
 * @param sourceRoot folder that SARIF artifact URIs are relative to; the base directory or a folder above it
 */
public record ScanResult(
        String toolVersion,
        Instant clockInstant,
        Instant asOf,
        List<Path> roots,
        List<ScannedFile> inputs,
        List<ConfigurationFile> configuration,
        String effectivePolicy,
        List<CertificateResult> certificates,
        List<ReadProblem> problems,
        List<ExceptionStatus> exceptions,
        Outcome outcome,
        Path baseDirectory,
        Path sourceRoot) {

    public ScanResult {
        roots = List.copyOf(roots);
        inputs = List.copyOf(inputs);
        configuration = List.copyOf(configuration);
        effectivePolicy = Objects.requireNonNullElse(effectivePolicy, "");
        certificates = List.copyOf(certificates);
        problems = List.copyOf(problems);
        exceptions = List.copyOf(exceptions);
        baseDirectory = Objects.requireNonNullElse(baseDirectory, Path.of(""));
        sourceRoot = Objects.requireNonNullElse(sourceRoot, baseDirectory);
    }

    /** Creates a result whose base directory and source root are the working directory. */
    public ScanResult(String toolVersion, Instant clockInstant, Instant asOf, List<Path> roots,
                      List<ScannedFile> inputs, List<ConfigurationFile> configuration, String effectivePolicy,
                      List<CertificateResult> certificates, List<ReadProblem> problems,
                      List<ExceptionStatus> exceptions, Outcome outcome) {
        this(toolVersion, clockInstant, asOf, roots, inputs, configuration, effectivePolicy, certificates, problems,
                exceptions, outcome, Path.of(""), Path.of(""));
    }

    /** Returns the result with another outcome; everything else stays. */
    public ScanResult withOutcome(Outcome decided) {
        return new ScanResult(toolVersion, clockInstant, asOf, roots, inputs, configuration, effectivePolicy,
                certificates, problems, exceptions, decided, baseDirectory, sourceRoot);
    }

    /** Returns the result with the verdict's certificates, unreadable content and exception statuses. */
    public ScanResult withCoverage(List<CertificateResult> covered, List<ReadProblem> coveredProblems,
                                   List<ExceptionStatus> statuses) {
        return new ScanResult(toolVersion, clockInstant, asOf, roots, inputs, configuration, effectivePolicy,
                covered, coveredProblems, statuses, outcome, baseDirectory, sourceRoot);
    }

    /** Returns every finding of the scan: certificates, unreadable content and exceptions. */
    public Stream<Finding> allFindings() {
        Stream<Finding> certificateFindings = certificates.stream().flatMap(certificate -> certificate.findings().stream());
        Stream<Finding> problemFindings = problems.stream().map(ReadProblem::finding);
        Stream<Finding> exceptionFindings = exceptions.stream().flatMap(status -> status.findings().stream());
        return Stream.concat(Stream.concat(certificateFindings, problemFindings), exceptionFindings);
    }

    public long failingFindingCount() {
        return allFindings().filter(Finding::failsBuild).count();
    }
}
