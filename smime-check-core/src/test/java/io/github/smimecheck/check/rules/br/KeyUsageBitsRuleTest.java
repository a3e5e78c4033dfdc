package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.security.PrivateKey;
import java.util.Arrays;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyUsageBitsRuleTest extends RuleContractTest {

    private static final PrivateKey RSA_ISSUER = TestCertificates.smime().keyPair().getPrivate();

    @Override
    Rule rule() {
        return new KeyUsageBitsRule();
    }

    /** Bits are named as in RFC 5280 and joined with "+"; expected codes are joined with ",". */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "RSA:2048, STRICT, digitalSignature, ''",
        "RSA:2048, STRICT, digitalSignature+nonRepudiation, ''",
        "RSA:2048, STRICT, keyEncipherment, ''",
        "RSA:2048, STRICT, digitalSignature+nonRepudiation+keyEncipherment, ''",
        "RSA:2048, STRICT, keyEncipherment+dataEncipherment, smbr.key_usage.prohibited_bit",
        "RSA:2048, MULTIPURPOSE, keyEncipherment+dataEncipherment, ''",
        "RSA:2048, LEGACY, digitalSignature+dataEncipherment, smbr.key_usage.prohibited_bit",
        "RSA:2048, STRICT, nonRepudiation, 'smbr.key_usage.no_signing_or_key_management,smbr.key_usage.prohibited_bit'",
        "RSA:2048, STRICT, digitalSignature+keyAgreement, smbr.key_usage.prohibited_bit",
        "RSA:2048, STRICT, digitalSignature+cRLSign, smbr.key_usage.prohibited_bit",
        "RSA:2048, STRICT, digitalSignature+keyCertSign, smbr.key_usage.key_cert_sign",
        "EC:secp256r1, STRICT, keyAgreement+encipherOnly, ''",
        "EC:secp256r1, STRICT, digitalSignature+keyAgreement+decipherOnly, ''",
        "EC:secp256r1, STRICT, keyAgreement+encipherOnly+decipherOnly, smbr.key_usage.encipher_and_decipher_only",
        "EC:secp256r1, MULTIPURPOSE, digitalSignature+decipherOnly, smbr.key_usage.prohibited_bit",
        "EC:secp256r1, STRICT, digitalSignature+keyEncipherment, smbr.key_usage.prohibited_bit",
        "Ed25519, STRICT, digitalSignature+nonRepudiation, ''",
        "Ed25519, STRICT, keyAgreement, 'smbr.key_usage.no_signing_or_key_management,smbr.key_usage.prohibited_bit'",
        "ML-DSA-44, STRICT, digitalSignature, ''",
        "ML-DSA-44, STRICT, keyEncipherment, 'smbr.key_usage.no_signing_or_key_management,smbr.key_usage.prohibited_bit'",
        "ML-KEM-768, STRICT, keyEncipherment, ''",
        "ML-KEM-768, STRICT, digitalSignature, 'smbr.key_usage.no_signing_or_key_management,smbr.key_usage.prohibited_bit'"})
    void checksBitsForKeyType(String keyType, String generation, String bits, String expected) {
        TestCertificates certificate = TestCertificates.smime().key(keyType).signedBy(RSA_ISSUER)
                .signatureAlgorithm("SHA256withRSA").keyUsage(bits(bits));

        String codes = String.join(",", RuleHarness.codes(rule(), certificate, "MAILBOX/" + generation));

        assertThat(codes).isEqualTo(expected);
    }

    @Test
    void messageNamesProhibitedAndAllowedBits() {
        TestCertificates certificate = TestCertificates.smime()
                .keyUsage(KeyUsage.keyEncipherment | KeyUsage.dataEncipherment);

        assertThat(RuleHarness.messages(rule(), certificate.build(), RuleHarness.type("MAILBOX/STRICT")))
                .containsExactly("keyUsage asserts dataEncipherment, not allowed for RSA keys in the strict generation"
                        + " with these other bits; expected only keyEncipherment; reissue without dataEncipherment");
    }

    private static int bits(String names) {
        return Arrays.stream(names.split("\\+")).mapToInt(KeyUsageBitsRuleTest::bit).reduce(0, (a, b) -> a | b);
    }

    private static int bit(String name) {
        return switch (name) {
            case "digitalSignature" -> KeyUsage.digitalSignature;
            case "nonRepudiation" -> KeyUsage.nonRepudiation;
            case "keyEncipherment" -> KeyUsage.keyEncipherment;
            case "dataEncipherment" -> KeyUsage.dataEncipherment;
            case "keyAgreement" -> KeyUsage.keyAgreement;
            case "keyCertSign" -> KeyUsage.keyCertSign;
            case "cRLSign" -> KeyUsage.cRLSign;
            case "encipherOnly" -> KeyUsage.encipherOnly;
            case "decipherOnly" -> KeyUsage.decipherOnly;
            default -> throw new IllegalArgumentException("unknown keyUsage bit " + name);
        };
    }
}
