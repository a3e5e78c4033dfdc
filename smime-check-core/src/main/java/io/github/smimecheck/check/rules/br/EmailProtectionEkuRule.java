package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * The extendedKeyUsage extension must be present and contain id-kp-emailProtection
 * (S/MIME BR 7.1.2.3 f).
 */
public final class EmailProtectionEkuRule extends SmimeProfileRule {

    public static final FindingCode EKU_MISSING = FindingCode.error("smbr.eku.missing", "S/MIME BR 7.1.2.3 f",
            "The extendedKeyUsage extension is missing.");
    public static final FindingCode EMAIL_PROTECTION_MISSING = FindingCode.error("smbr.eku.email_protection_missing",
            "S/MIME BR 7.1.2.3 f", "The extendedKeyUsage extension does not contain id-kp-emailProtection.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(EKU_MISSING, EMAIL_PROTECTION_MISSING);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        ExtendedKeyUsage eku = ExtendedKeyUsage.fromExtensions(certificate.extensions());
        if (eku == null) {
            findings.report(EKU_MISSING, "no extendedKeyUsage extension; expected one containing id-kp-emailProtection"
                    + " (1.3.6.1.5.5.7.3.4); reissue the certificate");
            return;
        }
        if (!eku.hasKeyPurposeId(KeyPurposeId.id_kp_emailProtection)) {
            findings.report(EMAIL_PROTECTION_MISSING, "extendedKeyUsage lacks id-kp-emailProtection"
                    + " (1.3.6.1.5.5.7.3.4); reissue the certificate with it");
        }
    }
}
