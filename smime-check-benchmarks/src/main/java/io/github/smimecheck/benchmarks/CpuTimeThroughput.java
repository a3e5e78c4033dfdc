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
 * Measures the same work as {@link RuleSetBenchmark#parseClassifyAndCheck} in certificates per
 * second of this thread's CPU time, not of wall-clock time, so the figure stays meaningful on a
 * machine shared with other builds. Arguments: rounds (default 5) and certificates per round
 * (default 200000).
 */
public final class CpuTimeThroughput {

    private CpuTimeThroughput() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;

        List<byte[]> encoded = new ArrayList<>();
        List<SmimeType> types = MixedCertificates.types();
        for (int i = 0; i < 64; i++) {
            encoded.add(MixedCertificates.certificate(types.get(i % types.size()), RuleSetBenchmark.keyType(i), i)
                    .build().getEncoded());
        }
        RuleRunner runner = new RuleRunner(RuleRegistry.allRules());
        Classifier classifier = new Classifier(Map.of());
        Instant asOf = Instant.parse("2026-06-01T00:00:00Z");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        long findings = 0;
        for (int round = 0; round <= rounds; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                X509CertificateHolder certificate = new X509CertificateHolder(encoded.get(i & 63));
                findings += runner.check(new CertificateUnderTest(certificate, classifier.classify(certificate),
                        Policy.defaults(), asOf)).size();
            }
            double seconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            String label = round == 0 ? "warm-up" : "round " + round;
            System.out.printf("%-8s %,12.0f certificates per CPU second%n", label, perRound / seconds);
        }
        System.out.println("findings reported: " + findings);
    }
}
