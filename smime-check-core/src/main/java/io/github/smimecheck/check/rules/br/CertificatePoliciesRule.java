package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;

/**
 * The certificatePolicies extension must be present and carry exactly one reserved S/MIME policy
 * OID {@code 2.23.140.1.5.x.y}, the one of the certificate's type, and never anyPolicy; it should
 * not be critical (S/MIME BR 7.1.2.3 a and 7.1.6.1).
 */
public final class CertificatePoliciesRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 7.1.2.3 a";
    private static final String ANY_POLICY = "2.5.29.32.0";

    public static final FindingCode MISSING = FindingCode.error("smbr.policy.extension_missing", SECTION,
            "The certificatePolicies extension is missing.");
    public static final FindingCode RESERVED_OID_MISSING = FindingCode.error("smbr.policy.reserved_oid_missing",
            "S/MIME BR 7.1.6.1", "The reserved policy OID of the certificate's type is missing.");
    public static final FindingCode MULTIPLE_RESERVED_OIDS = FindingCode.error("smbr.policy.multiple_reserved_oids",
            SECTION, "The certificate carries more than one reserved S/MIME policy OID.");
    public static final FindingCode ANY_POLICY_PRESENT = FindingCode.error("smbr.policy.any_policy_present",
            SECTION, "The certificatePolicies extension contains anyPolicy (2.5.29.32.0).");
    public static final FindingCode CRITICAL = FindingCode.warning("smbr.policy.extension_critical", SECTION,
            "The certificatePolicies extension is marked critical.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(MISSING, RESERVED_OID_MISSING, MULTIPLE_RESERVED_OIDS, ANY_POLICY_PRESENT, CRITICAL);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Extension extension = certificate.extension(Extension.certificatePolicies);
        if (extension == null) {
            findings.report(MISSING, "no certificatePolicies extension; expected one with the reserved S/MIME policy"
                    + " OID of the certificate's type; reissue the certificate");
            return;
        }
        if (extension.isCritical()) {
            findings.report(CRITICAL, "certificatePolicies is critical; expected non-critical; reissue with a"
                    + " non-critical certificatePolicies extension");
        }

        List<String> oids = new ArrayList<>();
        CertificatePolicies policies = CertificatePolicies.getInstance(
                certificate.extensionValue(Extension.certificatePolicies));
        for (PolicyInformation information : policies.getPolicyInformation()) {
            oids.add(information.getPolicyIdentifier().getId());
        }
        checkOids(certificate.smimeType(), oids, findings);
    }

    private static void checkOids(Optional<SmimeType> type, List<String> oids, FindingSink findings) {
        if (oids.contains(ANY_POLICY)) {
            findings.report(ANY_POLICY_PRESENT, "certificatePolicies contains anyPolicy (" + ANY_POLICY + ");"
                    + " expected only named policies; reissue without anyPolicy");
        }

        List<String> reserved = oids.stream().filter(oid -> SmimeType.fromPolicyOid(oid) != null).toList();
        if (reserved.size() > 1) {
            findings.report(MULTIPLE_RESERVED_OIDS, "certificatePolicies contains " + reserved.size()
                    + " reserved S/MIME policy OIDs " + reserved + "; expected exactly one; reissue with the OID of"
                    + " one type");
        }
        if (type.isPresent() && !reserved.contains(type.get().policyOid())) {
            findings.report(RESERVED_OID_MISSING, "certificatePolicies lacks " + type.get().policyOid()
                    + ", the reserved OID of type " + type.get() + " (found " + oids + "); reissue with that OID");
        }
    }
}
