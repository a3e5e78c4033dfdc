package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.math.BigInteger;
import java.util.List;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;

/**
 * RSA moduli must be at least 2048 bits long and a multiple of 8 bits (S/MIME BR 6.1.5).
 */
public final class RsaModulusRule extends SmimeProfileRule {

    public static final FindingCode INVALID_LENGTH = FindingCode.error("smbr.key.rsa_modulus_invalid_length",
            "S/MIME BR 6.1.5", "The RSA modulus is shorter than 2048 bits or not a multiple of 8 bits.");

    static final int MIN_MODULUS_BITS = 2048;

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(INVALID_LENGTH);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        RSAPublicKey key = certificate.rsaPublicKey();
        if (key == null) {
            return;
        }

        BigInteger modulus = key.getModulus();
        int bits = modulus.bitLength();
        if (bits < MIN_MODULUS_BITS || bits % 8 != 0) {
            findings.report(INVALID_LENGTH, "RSA modulus is " + bits + " bits; expected at least " + MIN_MODULUS_BITS
                    + " bits and a multiple of 8; reissue with a 2048, 3072 or 4096-bit key");
        }
    }
}
