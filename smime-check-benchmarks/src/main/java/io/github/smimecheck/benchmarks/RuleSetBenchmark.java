package io.github.smimecheck.benchmarks;

import io.github.smimecheck.check.classify.Classification;
import io.github.smimecheck.check.classify.Classifier;
import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.RuleRegistry;
import io.github.smimecheck.check.rules.RuleRunner;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.cert.X509CertificateHolder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the full rule set on one thread over a mixed set of S/MIME certificates: every
 * key type the BR allows, all twelve types, and a quarter with defects. One operation checks one
 * certificate, so operations per second are certificates per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RuleSetBenchmark {

    private static final String[] KEY_TYPES = {"RSA:2048", "RSA:3072", "EC:secp256r1", "EC:secp384r1",
        "EC:secp521r1", "Ed25519", "ML-DSA-44"};
    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

    private final List<CertificateUnderTest> certificates = new ArrayList<>();
    private final List<byte[]> encoded = new ArrayList<>();
    private RuleRunner runner;
    private Classifier classifier;
    private int next;

    @Setup
    public void createCertificates() throws IOException {
        runner = new RuleRunner(RuleRegistry.allRules());
        classifier = new Classifier(Map.of());
        List<SmimeType> types = MixedCertificates.types();
        for (int i = 0; i < 64; i++) {
            TestCertificates builder = MixedCertificates.certificate(types.get(i % types.size()), keyType(i), i);
            X509CertificateHolder certificate = builder.build();
            encoded.add(certificate.getEncoded());
            certificates.add(new CertificateUnderTest(certificate, classifier.classify(certificate), Policy.defaults(),
                    AS_OF));
        }
    }

    static String keyType(int index) {
        return KEY_TYPES[index % KEY_TYPES.length];
    }

    /** Runs every rule on one parsed, classified certificate. */
    @Benchmark
    public List<Finding> checkParsedCertificate() {
        CertificateUnderTest certificate = certificates.get(next++ & 63);
        return runner.check(certificate);
    }

    /** Parses the DER, classifies and runs every rule, as a scan does for each new certificate. */
    @Benchmark
    public List<Finding> parseClassifyAndCheck() throws IOException {
        X509CertificateHolder certificate = new X509CertificateHolder(encoded.get(next++ & 63));
        Classification classification = classifier.classify(certificate);
        return runner.check(new CertificateUnderTest(certificate, classification, Policy.defaults(), AS_OF));
    }
}
