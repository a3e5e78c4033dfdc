package io.github.smimecheck.benchmarks;

import io.github.smimecheck.check.classify.Classifier;
import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.RuleRegistry;
import io.github.smimecheck.check.rules.RuleRunner;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Measures the work of {@link RuleSetBenchmark} in certificates per second of this thread's CPU
 * time, not of wall-clock time, so the figure stays meaningful on a machine shared with other
 * builds. Arguments: the mode ("rules" checks parsed, classified certificates like
 * {@code checkParsedCertificate}; "scan" also parses and classifies like
 * {@code parseClassifyAndCheck}; default "rules"), rounds (default 5) and certificates per round
 * (default 200000).
 */
public final class CpuTimeThroughput {

    private CpuTimeThroughput() {
    }

    public static void main(String[] args) throws IOException {
        boolean scan = args.length > 0 && args[0].equals("scan");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int perRound = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;

        RuleRunner runner = new RuleRunner(RuleRegistry.allRules());
        Classifier classifier = new Classifier(Map.of());
        Instant asOf = Instant.parse("2026-06-01T00:00:00Z");
        List<byte[]> encoded = new ArrayList<>();
        List<CertificateUnderTest> parsed = new ArrayList<>();
        List<SmimeType> types = MixedCertificates.types();
        for (int i = 0; i < 64; i++) {
            X509CertificateHolder certificate = MixedCertificates.certificate(types.get(i % types.size()),
                    RuleSetBenchmark.keyType(i), i).build();
            encoded.add(certificate.getEncoded());
            parsed.add(new CertificateUnderTest(certificate, classifier.classify(certificate), Policy.defaults(), asOf));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("mode: " + (scan ? "scan (parse, classify, all rules)" : "rules (all rules)"));

        long findings = 0;
        for (int round = 0; round <= rounds; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                CertificateUnderTest underTest = parsed.get(i & 63);
                if (scan) {
                    X509CertificateHolder certificate = new X509CertificateHolder(encoded.get(i & 63));
                    underTest = new CertificateUnderTest(certificate, classifier.classify(certificate),
                            Policy.defaults(), asOf);
                }
                findings += runner.check(underTest).size();
            }
            double seconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            String label = round == 0 ? "warm-up" : "round " + round;
            System.out.printf("%-8s %,12.0f certificates per CPU second%n", label, perRound / seconds);
        }
        System.out.println("findings reported: " + findings);
    }
}
