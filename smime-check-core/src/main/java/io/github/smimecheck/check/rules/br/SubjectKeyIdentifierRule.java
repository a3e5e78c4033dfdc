package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;

/**
 * subjectKeyIdentifier should be present (warning) and must not be critical (error) (S/MIME BR
 * 7.1.2.3 n).
 */
public final class SubjectKeyIdentifierRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 7.1.2.3 n";

    public static final FindingCode MISSING = FindingCode.warning("smbr.ski.missing", SECTION,
            "The subjectKeyIdentifier extension is missing.");
    public static final FindingCode CRITICAL = FindingCode.error("smbr.ski.critical", SECTION,
            "The subjectKeyIdentifier extension is marked critical.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(MISSING, CRITICAL);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Extension extension = certificate.extension(Extension.subjectKeyIdentifier);
        if (extension == null) {
            findings.report(MISSING, "no subjectKeyIdentifier extension; expected one derived from the public key;"
                    + " add it to the certificate profile");
        } else if (extension.isCritical()) {
            findings.report(CRITICAL, "subjectKeyIdentifier is critical; expected non-critical; reissue the"
                    + " certificate");
        }
    }
}
