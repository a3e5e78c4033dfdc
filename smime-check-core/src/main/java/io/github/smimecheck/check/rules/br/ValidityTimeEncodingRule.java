package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1Encoding;
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

    private static final Pattern UTC_TIME = Pattern.compile("\\d{12}Z");
    private static final Pattern GENERALIZED_TIME = Pattern.compile("\\d{14}Z");
    private static final int FIRST_GENERALIZED_YEAR = 2050;

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(INVALID_ENCODING);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Certificate asn1 = certificate.asn1();
        checkTime("notBefore", asn1.getStartDate(), findings);
        checkTime("notAfter", asn1.getEndDate(), findings);
    }

    private static void checkTime(String field, Time time, FindingSink findings) {
        int year = time.getDate().toInstant().atZone(ZoneOffset.UTC).getYear();
        ASN1Primitive primitive = time.toASN1Primitive();
        String text = contents(primitive);

        String problem = null;
        if (year < FIRST_GENERALIZED_YEAR && !(primitive instanceof ASN1UTCTime)) {
            problem = "expected UTCTime for a year before 2050";
        } else if (year >= FIRST_GENERALIZED_YEAR && !(primitive instanceof ASN1GeneralizedTime)) {
            problem = "expected GeneralizedTime for a year from 2050";
        } else if (primitive instanceof ASN1UTCTime && !UTC_TIME.matcher(text).matches()) {
            problem = "expected the form YYMMDDHHMMSSZ";
        } else if (primitive instanceof ASN1GeneralizedTime && !GENERALIZED_TIME.matcher(text).matches()) {
            problem = "expected the form YYYYMMDDHHMMSSZ without fractional seconds";
        }

        if (problem != null) {
            findings.report(INVALID_ENCODING, field + " is encoded as " + primitive.getClass().getSimpleName() + " '"
                    + text + "'; " + problem + "; reissue the certificate");
        }
    }

    /** Returns the time string exactly as encoded; both time types are short, so the length is one octet. */
    private static String contents(ASN1Primitive primitive) {
        try {
            byte[] encoded = primitive.getEncoded(ASN1Encoding.DER);
            return new String(encoded, 2, encoded.length - 2, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
