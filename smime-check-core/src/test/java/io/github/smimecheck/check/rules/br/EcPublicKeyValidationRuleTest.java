package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.util.Arrays;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EcPublicKeyValidationRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new EcPublicKeyValidationRule();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"EC:secp256r1", "EC:secp384r1", "EC:secp521r1"})
    void acceptsGeneratedKey(String keyType) {
        assertThat(RuleHarness.codes(rule(), TestCertificates.smime().key(keyType), "MAILBOX/STRICT")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"EC:secp256r1", "EC:secp384r1", "EC:secp521r1"})
    void warnsOnPointOffCurve(String keyType) {
        SubjectPublicKeyInfo real = SubjectPublicKeyInfo.getInstance(TestCertificates.publicKey(keyType).getEncoded());
        byte[] point = real.getPublicKeyData().getOctets();
        byte[] moved = Arrays.copyOf(point, point.length);
        moved[moved.length - 1] ^= 1;
        SubjectPublicKeyInfo offCurve = new SubjectPublicKeyInfo(real.getAlgorithm(), moved);

        assertThat(RuleHarness.codes(rule(), TestCertificates.smime().key(keyType).publicKeyInfo(offCurve),
                "MAILBOX/STRICT")).containsExactly("smbr.key.ec_point_invalid");
    }
}
