package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;

/** The certificate must be X.509 version 3, because the BR profile relies on extensions (S/MIME BR 7.1.1). */
public final class CertificateVersionRule extends SmimeProfileRule {

    public static final FindingCode NOT_V3 = FindingCode.error("smbr.certificate.version_not_v3", "S/MIME BR 7.1.1",
            "The certificate is not X.509 version 3.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(NOT_V3);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        int version = certificate.holder().getVersionNumber();
        if (version != 3) {
            findings.report(NOT_V3, "certificate is version " + version + "; expected version 3; reissue the"
                    + " certificate");
        }
    }
}
