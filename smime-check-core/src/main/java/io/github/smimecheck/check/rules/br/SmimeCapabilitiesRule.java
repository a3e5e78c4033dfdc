package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;

/** smimeCapabilities (1.2.840.113549.1.9.15) may be present but must not be critical (S/MIME BR 7.1.2.3 i). */
public final class SmimeCapabilitiesRule extends SmimeProfileRule {

    public static final FindingCode CRITICAL = FindingCode.error("smbr.smime_capabilities.critical",
            "S/MIME BR 7.1.2.3 i", "The smimeCapabilities extension is marked critical.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(CRITICAL);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Extension extension = certificate.extension(PKCSObjectIdentifiers.pkcs_9_at_smimeCapabilities);
        if (extension != null && extension.isCritical()) {
            findings.report(CRITICAL, "smimeCapabilities is critical; expected non-critical; reissue the certificate");
        }
    }
}
