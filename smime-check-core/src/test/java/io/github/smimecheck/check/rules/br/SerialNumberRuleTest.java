package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SerialNumberRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new SerialNumberRule();
    }

    /** Serials in hex; a leading 00 octet in DER keeps a value with the top bit set positive. */
    @ParameterizedTest(name = "serial {0}")
    @CsvSource({
        "7fffffffffffffff, smbr.serial.too_short",
        "ffffffffffffffff, ''",
        "0100000000000000, smbr.serial.too_short",
        "010000000000000000, ''",
        "7fffffffffffffffffffffffffffffffffffffff, ''",
        "8000000000000000000000000000000000000000, smbr.serial.too_large",
        "0, smbr.serial.not_positive",
        "-1a2b3c4d5e6f708192, smbr.serial.not_positive"})
    void checksSerial(String hex, String expected) {
        TestCertificates certificate = TestCertificates.smime().serial(new BigInteger(hex, 16));

        assertThat(String.join(",", RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))).isEqualTo(expected);
    }
}
