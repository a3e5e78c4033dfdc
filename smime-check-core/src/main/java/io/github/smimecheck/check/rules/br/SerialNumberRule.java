package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.math.BigInteger;
import java.util.List;

/**
 * The serial number must be greater than zero and less than 2^159 and contain at least 64 bits of
 * CSPRNG output (S/MIME BR 7.1). Entropy cannot be measured from one certificate, so the rule
 * checks the length that 64 random bits need: a DER INTEGER of at least 9 octets, because a
 * positive 8-octet INTEGER carries at most 63 bits. A serial below 2^159 also fits the 20 octets
 * RFC 5280 4.1.2.2 allows.
 */
public final class SerialNumberRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 7.1";

    public static final FindingCode NOT_POSITIVE = FindingCode.error("smbr.serial.not_positive", SECTION,
            "The serial number is zero or negative.");
    public static final FindingCode TOO_LARGE = FindingCode.error("smbr.serial.too_large", SECTION,
            "The serial number is 2^159 or larger.");
    public static final FindingCode TOO_SHORT = FindingCode.error("smbr.serial.too_short", SECTION,
            "The serial number is shorter than 9 octets, too short for 64 bits of CSPRNG output.");

    static final int MIN_OCTETS = 9;
    static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(159);

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(NOT_POSITIVE, TOO_LARGE, TOO_SHORT);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        BigInteger serial = certificate.holder().getSerialNumber();
        String hex = serial.toString(16);
        if (serial.signum() <= 0) {
            findings.report(NOT_POSITIVE, "serial number is " + hex + " (hex); expected a positive number; reissue"
                    + " the certificate");
            return;
        }
        if (serial.compareTo(LIMIT) >= 0) {
            findings.report(TOO_LARGE, "serial number 0x" + hex + " has " + serial.bitLength() + " bits; expected"
                    + " less than 2^159; reissue with a serial of at most 159 bits");
        }
        int octets = serial.toByteArray().length;
        if (octets < MIN_OCTETS) {
            findings.report(TOO_SHORT, "serial number 0x" + hex + " is " + octets + " octets; expected at least "
                    + MIN_OCTETS + " octets carrying 64 bits of CSPRNG output; reissue with a random serial");
        }
    }
}
