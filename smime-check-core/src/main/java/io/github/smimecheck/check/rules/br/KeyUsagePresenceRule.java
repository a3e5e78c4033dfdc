package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;

/**
 * The keyUsage extension must be present and should be critical (S/MIME BR 7.1.2.3 e).
 */
public final class KeyUsagePresenceRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 7.1.2.3 e";

    public static final FindingCode MISSING = FindingCode.error("smbr.key_usage.missing", SECTION,
            "The keyUsage extension is missing.");
    public static final FindingCode NOT_CRITICAL = FindingCode.warning("smbr.key_usage.not_critical", SECTION,
            "The keyUsage extension is not marked critical.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(MISSING, NOT_CRITICAL);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Extension extension = certificate.extension(Extension.keyUsage);
        if (extension == null) {
            findings.report(MISSING, "no keyUsage extension; expected a critical keyUsage matching the key type;"
                    + " reissue the certificate");
        } else if (!extension.isCritical()) {
            findings.report(NOT_CRITICAL, "keyUsage is not critical; expected critical; mark it critical in the next"
                    + " certificate profile");
        }
    }
}
