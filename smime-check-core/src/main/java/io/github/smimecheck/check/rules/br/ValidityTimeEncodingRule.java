package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import io.github.smimecheck.check.rules.DecodedFields;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Time;

/**
 * notBefore and notAfter must be UTCTime (YYMMDDHHMMSSZ) for dates through 2049 and
 * GeneralizedTime (YYYYMMDDHHMMSSZ, no fractional seconds) from 2050 on (RFC 5280 4.1.2.5).
 */
public final class ValidityTimeEncodingRule extends SmimeProfileRule {

    public static final FindingCode INVALID_ENCODING = FindingCode.error("smbr.validity.time_encoding_invalid",
            "RFC 5280 4.1.2.5", "notBefore or notAfter uses the wrong time type or format.");

    private static final int FIRST_GENERALIZED_YEAR = 2050;

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(INVALID_ENCODING);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Certificate asn1 = certificate.asn1();
        checkTime("notBefore", asn1.getStartDate(), certificate.notBefore(), findings);
        checkTime("notAfter", asn1.getEndDate(), certificate.notAfter(), findings);
    }

    private static void checkTime(String field, Time time, Instant instant, FindingSink findings) {
        int year = instant.atZone(ZoneOffset.UTC).getYear();
        ASN1Primitive primitive = time.toASN1Primitive();
        String text = DecodedFields.timeText(primitive);

        String problem = null;
        if (year < FIRST_GENERALIZED_YEAR && !(primitive instanceof ASN1UTCTime)) {
            problem = "expected UTCTime for a year before 2050";
        } else if (year >= FIRST_GENERALIZED_YEAR && !(primitive instanceof ASN1GeneralizedTime)) {
            problem = "expected GeneralizedTime for a year from 2050";
        } else if (primitive instanceof ASN1UTCTime && !isDigitsThenZ(text, 12)) {
            problem = "expected the form YYMMDDHHMMSSZ";
        } else if (primitive instanceof ASN1GeneralizedTime && !isDigitsThenZ(text, 14)) {
            problem = "expected the form YYYYMMDDHHMMSSZ without fractional seconds";
        }

        if (problem != null) {
            findings.report(INVALID_ENCODING, field + " is encoded as " + primitive.getClass().getSimpleName() + " '"
                    + text + "'; " + problem + "; reissue the certificate");
        }
    }

    /** Returns whether the text is exactly {@code digits} ASCII digits followed by "Z". */
    private static boolean isDigitsThenZ(String text, int digits) {
        if (text.length() != digits + 1 || text.charAt(digits) != 'Z') {
            return false;
        }
        for (int i = 0; i < digits; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
