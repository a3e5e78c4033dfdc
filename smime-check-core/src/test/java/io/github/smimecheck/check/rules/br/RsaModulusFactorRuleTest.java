package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RsaModulusFactorRuleTest extends RuleContractTest {

    private static final BigInteger LARGE_PRIME = BigInteger.ONE.shiftLeft(2030).nextProbablePrime();

    @Override
    Rule rule() {
        return new RsaModulusFactorRule();
    }

    @ParameterizedTest(name = "factor {0}")
    @ValueSource(ints = {2, 3, 5, 7, 743, 751})
    void findsSmallFactor(int prime) {
        BigInteger modulus = LARGE_PRIME.multiply(BigInteger.valueOf(prime));

        assertThat(RsaModulusFactorRule.smallestFactor(modulus)).isEqualTo(prime);
    }

    @ParameterizedTest(name = "{0}-bit cofactor")
    @ValueSource(ints = {31, 32, 33, 2046, 4088, 4095, 8190})
    void findsFactorAtEveryLength(int bits) {
        BigInteger cofactor = BigInteger.ONE.shiftLeft(bits - 1).nextProbablePrime();
        BigInteger modulus = cofactor.multiply(BigInteger.valueOf(739));

        assertThat(RsaModulusFactorRule.smallestFactor(modulus)).isEqualTo(739);
    }

    @Test
    void ignoresFactor757() {
        BigInteger modulus = LARGE_PRIME.multiply(BigInteger.valueOf(757));

        assertThat(RsaModulusFactorRule.smallestFactor(modulus)).isZero();
    }

    @Test
    void warnsOnModulusWithFactor751() throws IOException {
        BigInteger modulus = LARGE_PRIME.multiply(BigInteger.valueOf(751));
        TestCertificates certificate = TestCertificates.smime()
                .publicKeyInfo(RsaExponentRuleTest.rsaKey(modulus, BigInteger.valueOf(65_537)));

        assertThat(RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))
                .containsExactly("smbr.key.rsa_modulus_small_factor");
    }

    @Test
    void generatedModulusHasNoSmallFactor() {
        BigInteger modulus = ((RSAPublicKey) TestCertificates.publicKey("RSA:2048")).getModulus();

        assertThat(RsaModulusFactorRule.smallestFactor(modulus)).isZero();
    }
}
