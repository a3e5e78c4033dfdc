package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignatureAlgorithmRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new SignatureAlgorithmRule();
    }

    @ParameterizedTest(name = "{1} with {0}")
    @CsvSource({
        "RSA:2048, SHA256withRSA",
        "RSA:2048, SHA384withRSA",
        "RSA:2048, SHA512withRSA",
        "RSA:2048, SHA256withRSAandMGF1",
        "RSA:2048, SHA384withRSAandMGF1",
        "RSA:2048, SHA512withRSAandMGF1",
        "EC:secp256r1, SHA256withECDSA",
        "EC:secp384r1, SHA384withECDSA",
        "EC:secp521r1, SHA512withECDSA",
        "Ed25519, Ed25519",
        "Ed448, Ed448",
        "ML-DSA-44, ML-DSA-44",
        "ML-DSA-65, ML-DSA-65"})
    void acceptsAllowedSignature(String keyType, String algorithm) {
        TestCertificates certificate = TestCertificates.smime().key(keyType).signatureAlgorithm(algorithm);

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).isEmpty();
    }

    @ParameterizedTest(name = "{1} with {0}")
    @CsvSource({
        "RSA:2048, SHA1withRSA, smbr.signature.weak_hash",
        "EC:secp256r1, SHA1withECDSA, smbr.signature.weak_hash",
        "RSA:2048, SHA224withRSA, smbr.signature.algorithm_not_allowed",
        "EC:secp256r1, SHA224withECDSA, smbr.signature.algorithm_not_allowed",
        "RSA:2048, SHA3-256withRSA, smbr.signature.algorithm_not_allowed"})
    void rejectsOtherSignature(String keyType, String algorithm, String expected) {
        TestCertificates certificate = TestCertificates.smime().key(keyType).signatureAlgorithm(algorithm);

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).containsExactly(expected);
    }

    @Test
    void rejectsPssWithShortSalt() {
        TestCertificates certificate = TestCertificates.smime().signatureAlgorithm("SHA256withRSAandMGF1")
                .signatureParameters(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 20, 1));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))
                .containsExactly("smbr.signature.algorithm_not_allowed");
    }

    /** ML-DSA and ML-KEM count from 2025-08-22, the effective date of S/MIME BR 1.0.11. */
    @ParameterizedTest(name = "notBefore {0}")
    @CsvSource({
        "2025-08-21T23:59:59Z, smbr.signature.algorithm_not_allowed",
        "2025-08-22T00:00:00Z, ''",
        "2025-08-23T00:00:00Z, ''"})
    void allowsPostQuantumFromEffectiveDate(String notBefore, String expected) {
        Instant from = Instant.parse(notBefore);
        TestCertificates certificate = TestCertificates.smime().key("ML-DSA-44").signatureAlgorithm("ML-DSA-44")
                .validity(from, from.plusSeconds(86_400 * 90));

        assertThat(String.join(",", RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))).isEqualTo(expected);
    }
}
