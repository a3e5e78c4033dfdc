package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * The extendedKeyUsage extension may hold only permitted purposes (S/MIME BR 7.1.2.3 f). In the
 * strict generation id-kp-emailProtection is the only one allowed. In the multipurpose and legacy
 * generations other purposes may appear, except serverAuth, codeSigning, timeStamping and
 * anyExtendedKeyUsage, which the BR prohibits, and OCSPSigning, which would let the holder sign
 * OCSP responses for the issuing CA.
 */
public final class ProhibitedEkuRule extends SmimeProfileRule {

    public static final FindingCode PROHIBITED_PURPOSE = FindingCode.error("smbr.eku.prohibited_purpose",
            "S/MIME BR 7.1.2.3 f", "extendedKeyUsage contains a purpose the generation does not allow.");

    static final Set<KeyPurposeId> ALWAYS_PROHIBITED = Set.of(KeyPurposeId.id_kp_serverAuth,
            KeyPurposeId.id_kp_codeSigning, KeyPurposeId.id_kp_timeStamping, KeyPurposeId.anyExtendedKeyUsage,
            KeyPurposeId.id_kp_OCSPSigning);

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(PROHIBITED_PURPOSE);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Extension extension = certificate.extension(Extension.extendedKeyUsage);
        if (extension == null) {
            return;
        }
        boolean strict = generationOrLegacy(certificate) == Generation.STRICT;

        List<String> prohibited = new ArrayList<>();
        ExtendedKeyUsage usage = ExtendedKeyUsage.getInstance(certificate.extensionValue(Extension.extendedKeyUsage));
        for (KeyPurposeId purpose : usage.getUsages()) {
            boolean allowed = !ALWAYS_PROHIBITED.contains(purpose)
                    && (!strict || KeyPurposeId.id_kp_emailProtection.equals(purpose));
            if (!allowed) {
                prohibited.add(KeyPurposeNames.describe(purpose));
            }
        }

        if (!prohibited.isEmpty()) {
            findings.report(PROHIBITED_PURPOSE, "extendedKeyUsage contains " + String.join(", ", prohibited) + "; "
                    + (strict ? "strict certificates allow only emailProtection"
                            : "serverAuth, codeSigning, timeStamping, anyExtendedKeyUsage and OCSPSigning are not"
                                    + " allowed")
                    + "; reissue without them");
        }
    }
}
