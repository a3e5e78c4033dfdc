package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;

/**
 * basicConstraints is optional on a subscriber certificate, but when present cA must not be true
 * and pathLenConstraint must be absent (S/MIME BR 7.1.2.3 d). The classifier passes a certificate
 * with cA=true to the S/MIME rules only when it looks like a subscriber certificate: keyUsage
 * without keyCertSign, not self-issued, and the emailProtection EKU or a reserved S/MIME policy OID.
 */
public final class BasicConstraintsRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 7.1.2.3 d";

    public static final FindingCode CA_TRUE = FindingCode.error("smbr.basic_constraints.ca_true", SECTION,
            "basicConstraints marks the subscriber certificate as a CA.");
    public static final FindingCode PATH_LEN_PRESENT = FindingCode.error("smbr.basic_constraints.path_len_present",
            SECTION, "basicConstraints contains pathLenConstraint.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(CA_TRUE, PATH_LEN_PRESENT);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Extension extension = certificate.extension(Extension.basicConstraints);
        if (extension == null) {
            return;
        }
        BasicConstraints constraints = BasicConstraints.getInstance(
                certificate.extensionValue(Extension.basicConstraints));
        if (constraints.isCA()) {
            findings.report(CA_TRUE, "basicConstraints has cA=true; expected false or the extension absent; reissue"
                    + " the subscriber certificate without cA");
        }
        if (constraints.getPathLenConstraint() != null) {
            findings.report(PATH_LEN_PRESENT, "basicConstraints has pathLenConstraint "
                    + constraints.getPathLenConstraint() + "; expected it absent; reissue without pathLenConstraint");
        }
    }
}
