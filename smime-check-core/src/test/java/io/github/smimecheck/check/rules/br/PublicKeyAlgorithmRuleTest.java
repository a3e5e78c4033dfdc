package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.security.PrivateKey;
import java.time.Instant;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicKeyAlgorithmRuleTest extends RuleContractTest {

    private static final PrivateKey RSA_ISSUER = TestCertificates.smime().keyPair().getPrivate();

    @Override
    Rule rule() {
        return new PublicKeyAlgorithmRule();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"RSA:2048", "EC:secp256r1", "EC:secp384r1", "EC:secp521r1", "Ed25519", "Ed448",
        "ML-DSA-44", "ML-DSA-87", "ML-KEM-512", "ML-KEM-1024"})
    void acceptsAllowedKey(String keyType) {
        TestCertificates certificate = TestCertificates.smime().key(keyType).signedBy(RSA_ISSUER)
                .signatureAlgorithm("SHA256withRSA");

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"EC:secp256k1", "EC:secp224r1", "X25519", "RSASSA-PSS:2048"})
    void rejectsOtherKey(String keyType) {
        TestCertificates certificate = TestCertificates.smime().key(keyType).signedBy(RSA_ISSUER)
                .signatureAlgorithm("SHA256withRSA");

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))
                .containsExactly("smbr.key.algorithm_not_allowed");
    }

    @Test
    void rejectsRsaKeyWithoutNullParameters() {
        SubjectPublicKeyInfo real = SubjectPublicKeyInfo.getInstance(TestCertificates.publicKey("RSA:2048").getEncoded());
        SubjectPublicKeyInfo withoutParameters = new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption), real.getPublicKeyData().getBytes());

        assertThat(RuleHarness.codes(rule(), TestCertificates.smime().publicKeyInfo(withoutParameters),
                "MAILBOX/STRICT")).containsExactly("smbr.key.algorithm_not_allowed");
    }

    /** ML-DSA and ML-KEM count from 2025-08-22, the effective date of S/MIME BR 1.0.11. */
    @ParameterizedTest(name = "notBefore {0}")
    @CsvSource({
        "2025-08-21T23:59:59Z, smbr.key.algorithm_not_allowed",
        "2025-08-22T00:00:00Z, ''",
        "2025-08-23T00:00:00Z, ''"})
    void allowsPostQuantumFromEffectiveDate(String notBefore, String expected) {
        Instant from = Instant.parse(notBefore);
        TestCertificates certificate = TestCertificates.smime().key("ML-KEM-768").signedBy(RSA_ISSUER).signatureAlgorithm("SHA256withRSA")
                .validity(from, from.plusSeconds(86_400 * 90));

        assertThat(String.join(",", RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))).isEqualTo(expected);
    }
}
