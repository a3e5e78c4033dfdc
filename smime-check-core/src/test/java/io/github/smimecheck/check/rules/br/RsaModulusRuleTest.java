package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RsaModulusRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new RsaModulusRule();
    }

    @ParameterizedTest(name = "{0} bits")
    @CsvSource({"2040, smbr.key.rsa_modulus_invalid_length", "2047, smbr.key.rsa_modulus_invalid_length",
        "2048, ''", "2052, smbr.key.rsa_modulus_invalid_length", "3072, ''"})
    void checksModulusLength(int bits, String expected) throws IOException {
        BigInteger modulus = BigInteger.ONE.shiftLeft(bits - 1).add(BigInteger.valueOf(0x9c5));
        TestCertificates certificate = TestCertificates.smime()
                .publicKeyInfo(RsaExponentRuleTest.rsaKey(modulus, BigInteger.valueOf(65_537)));

        assertThat(String.join(",", RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))).isEqualTo(expected);
    }
}
