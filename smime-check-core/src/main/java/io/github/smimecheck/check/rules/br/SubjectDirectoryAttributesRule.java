package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;

/**
 * subjectDirectoryAttributes is prohibited in the strict and multipurpose generations; in the
 * legacy generation it may be present but not critical (S/MIME BR 7.1.2.3 j).
 */
public final class SubjectDirectoryAttributesRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 7.1.2.3 j";

    public static final FindingCode PROHIBITED = FindingCode.error("smbr.sda.prohibited", SECTION,
            "subjectDirectoryAttributes is present in a strict or multipurpose certificate.");
    public static final FindingCode CRITICAL = FindingCode.error("smbr.sda.critical", SECTION,
            "subjectDirectoryAttributes is marked critical.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(PROHIBITED, CRITICAL);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Extension extension = certificate.extension(Extension.subjectDirectoryAttributes);
        if (extension == null) {
            return;
        }
        Generation generation = generationOrLegacy(certificate);
        if (generation != Generation.LEGACY) {
            findings.report(PROHIBITED, "subjectDirectoryAttributes is present in a " + generationName(generation)
                    + " certificate; only legacy certificates may carry it; reissue without it");
        } else if (extension.isCritical()) {
            findings.report(CRITICAL, "subjectDirectoryAttributes is critical; expected non-critical; reissue the"
                    + " certificate");
        }
    }
}
