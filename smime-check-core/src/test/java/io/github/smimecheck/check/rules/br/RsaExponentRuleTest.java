package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RsaExponentRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new RsaExponentRule();
    }

    @ParameterizedTest(name = "exponent {0}")
    @CsvSource({
        "1, smbr.key.rsa_exponent_prohibited",
        "2, smbr.key.rsa_exponent_prohibited",
        "65536, smbr.key.rsa_exponent_prohibited",
        "3, smbr.key.rsa_exponent_not_recommended",
        "65535, smbr.key.rsa_exponent_not_recommended",
        "65537, ''",
        "115792089237316195423570985008687907853269984665640564039457584007913129639935, ''",
        "115792089237316195423570985008687907853269984665640564039457584007913129639937,"
                + " smbr.key.rsa_exponent_not_recommended"})
    void checksExponent(String exponent, String expected) throws IOException {
        TestCertificates certificate = TestCertificates.smime().publicKeyInfo(rsaKey(new BigInteger(exponent)));

        assertThat(String.join(",", RuleHarness.codes(rule(), certificate, "MAILBOX/STRICT"))).isEqualTo(expected);
    }

    /** Returns the test RSA modulus with another public exponent; the key only has to be decodable. */
    static SubjectPublicKeyInfo rsaKey(BigInteger exponent) throws IOException {
        BigInteger modulus = ((RSAPublicKey) TestCertificates.publicKey("RSA:2048")).getModulus();
        return rsaKey(modulus, exponent);
    }

    static SubjectPublicKeyInfo rsaKey(BigInteger modulus, BigInteger exponent) throws IOException {
        return new SubjectPublicKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                new org.bouncycastle.asn1.pkcs.RSAPublicKey(modulus, exponent));
    }
}
