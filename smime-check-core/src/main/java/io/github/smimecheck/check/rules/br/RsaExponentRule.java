package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.math.BigInteger;
import java.util.List;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;

/**
 * The RSA public exponent must be odd and at least 3 (error); it should lie between 2^16+1 and
 * 2^256-1 inclusive (warning) (S/MIME BR 6.1.6).
 */
public final class RsaExponentRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 6.1.6";

    public static final FindingCode PROHIBITED = FindingCode.error("smbr.key.rsa_exponent_prohibited", SECTION,
            "The RSA public exponent is even or smaller than 3.");
    public static final FindingCode NOT_RECOMMENDED = FindingCode.warning("smbr.key.rsa_exponent_not_recommended",
            SECTION, "The RSA public exponent lies outside 2^16+1 to 2^256-1.");

    static final BigInteger THREE = BigInteger.valueOf(3);
    static final BigInteger RECOMMENDED_MIN = BigInteger.valueOf(65_537);
    static final BigInteger RECOMMENDED_MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(PROHIBITED, NOT_RECOMMENDED);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        RSAPublicKey key = certificate.rsaPublicKey();
        if (key == null) {
            return;
        }

        BigInteger exponent = key.getPublicExponent();
        if (!exponent.testBit(0) || exponent.compareTo(THREE) < 0) {
            findings.report(PROHIBITED, "RSA public exponent is " + exponent + "; expected an odd value of at least 3,"
                    + " normally 65537; reissue with a new key");
        } else if (exponent.compareTo(RECOMMENDED_MIN) < 0 || exponent.compareTo(RECOMMENDED_MAX) > 0) {
            findings.report(NOT_RECOMMENDED, "RSA public exponent is " + exponent + "; recommended range is 65537"
                    + " to 2^256-1; use 65537 for the next key");
        }
    }
}
