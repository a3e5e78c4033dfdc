package io.github.smimecheck.check;

import io.github.smimecheck.check.classify.Category;
import io.github.smimecheck.check.classify.Classification;
import io.github.smimecheck.check.classify.Classifier;
import io.github.smimecheck.check.discovery.ArtifactWalker;
import io.github.smimecheck.check.discovery.ContentDispatcher;
import io.github.smimecheck.check.discovery.ReferenceResolver;
import io.github.smimecheck.check.inventory.CertificateEntry;
import io.github.smimecheck.check.inventory.Inventory;
import io.github.smimecheck.check.inventory.IssuerIndex;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.read.ConfigVariables;
import io.github.smimecheck.check.read.ReadProblems;
import io.github.smimecheck.check.read.ReaderRegistry;
import io.github.smimecheck.check.revocation.RevocationChecker;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.RuleRegistry;
import io.github.smimecheck.check.rules.RuleRunner;
import io.github.smimecheck.check.rules.Severity;
import io.github.smimecheck.check.verdict.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one scan: discovery, reading, inventory, classification, rules and verdict. Bad input does
 * not make it throw, because a reader, classification or rule that fails is caught where it runs.
 * Content that cannot be read becomes a {@link ReadProblem} in the result.
 */
public final class Scanner {

    public ScanResult scan(ScanOptions options) {
        Inventory inventory = new Inventory();
        ContentDispatcher dispatcher = new ContentDispatcher(
                ReaderRegistry.allReaders(), inventory, options.limits(), options.passwords(),
                new ReferenceResolver(options.baseDirectory(), options.roots(), options.limits()),
                new ConfigVariables(options.environment(), options.secrets()));
        new ArtifactWalker(options.baseDirectory(), dispatcher).walk(options.roots());

        List<CertificateResult> certificates = check(inventory, options);
        List<ReadProblem> problems = problems(dispatcher.problems(), options.policy());

        ScanResult checked = new ScanResult(ToolVersion.get(), options.clock().instant(), options.asOf(),
                displayRoots(options), dispatcher.scannedFiles(), options.configurationFiles(),
                options.policy().effectiveYaml(), certificates, problems, List.of(), Outcome.PASS,
                options.baseDirectory(), options.sourceRoot());
        return Verdict.decide(checked, options.policy(), options.exceptions(), options.owners());
    }

    /** Returns the roots relative to the base directory when inside it, so evidence does not depend on the checkout path. */
    private static List<Path> displayRoots(ScanOptions options) {
        Path base = options.baseDirectory().toAbsolutePath().normalize();
        List<Path> shown = new ArrayList<>();
        for (Path root : options.roots()) {
            Path absolute = root.toAbsolutePath().normalize();
            shown.add(absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute) : root);
        }
        return shown;
    }

    private static List<CertificateResult> check(Inventory inventory, ScanOptions options) {
        Classifier classifier = new Classifier(options.policy().privatePolicyOids());
        RuleRunner runner = new RuleRunner(RuleRegistry.allRules());
        IssuerIndex issuers = IssuerIndex.of(inventory);
        RevocationChecker revocation = RevocationChecker.of(options.policy().revocation(), options.asOf());
        List<CertificateResult> results = new ArrayList<>();

        for (CertificateEntry entry : inventory.entries()) {
            List<Finding> findings = new ArrayList<>();
            Classification classification = classifySafely(classifier, entry, options.policy(), findings);
            CertificateUnderTest underTest = new CertificateUnderTest(
                    entry.certificate(), classification, options.policy(), options.asOf(), issuers, revocation);
            findings.addAll(runner.check(underTest));
            results.add(new CertificateResult(entry.sha256(), entry.certificate(), classification,
                    entry.locations(), findings));
        }
        return results;
    }

    /**
     * Classifies a certificate. One whose classifying extensions cannot be decoded is inventoried as
     * OTHER, so no S/MIME rule runs on it, and gets a finding instead: unverifiable content fails closed.
     */
    private static Classification classifySafely(Classifier classifier, CertificateEntry entry, Policy policy,
                                                 List<Finding> findings) {
        try {
            return classifier.classify(entry.certificate());
        } catch (RuntimeException e) {
            String message = "an extension that decides the certificate's category could not be decoded ("
                    + e.getMessage() + "), so no S/MIME rule could check it; reissue the certificate with valid"
                    + " DER extensions or remove it from the artifact";
            policy.severityFor(ReadProblems.CERTIFICATE_UNCLASSIFIABLE).ifPresent(severity ->
                    findings.add(Finding.of(ReadProblems.CERTIFICATE_UNCLASSIFIABLE, severity, message)));
            return Classification.of(Category.OTHER);
        }
    }

    private static List<ReadProblem> problems(List<ContentDispatcher.Problem> raw, Policy policy) {
        List<ReadProblem> problems = new ArrayList<>();
        for (ContentDispatcher.Problem problem : raw) {
            Optional<Severity> severity = policy.severityFor(problem.code());
            if (severity.isEmpty()) {
                continue;
            }
            Severity effective = severity.get() == Severity.ERROR && !policy.failOnUnreadable()
                    ? Severity.WARNING : severity.get();
            problems.add(new ReadProblem(problem.location(), Finding.of(problem.code(), effective, problem.message())));
        }
        return problems;
    }
}
