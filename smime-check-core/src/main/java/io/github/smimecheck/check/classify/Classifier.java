package io.github.smimecheck.check.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Sorts certificates into {@link Category categories} and gives S/MIME certificates their type.
 *
 * <p>A certificate is S/MIME when it is not a CA and it has the emailProtection EKU, or a reserved
 * S/MIME policy OID, or an rfc822Name in its subjectAltName and no EKU at all. Its type comes from
 * the reserved OID {@code 2.23.140.1.5.x.y}, else from the organisation's mapping of private
 * policy OIDs; with neither, the type stays empty and the rules report that.
 */
public final class Classifier {

    private final Map<String, SmimeType> privatePolicyOids;

    /** Creates a classifier that maps the given private policy OIDs to S/MIME types. */
    public Classifier(Map<String, SmimeType> privatePolicyOids) {
        this.privatePolicyOids = Map.copyOf(privatePolicyOids);
    }

    public Classification classify(X509CertificateHolder certificate) {
        Extensions extensions = certificate.getExtensions();
        List<String> policyOids = policyOids(extensions);

        if (isCa(extensions)) {
            return Classification.of(Category.CA);
        }

        ExtendedKeyUsage eku = extensions == null ? null : ExtendedKeyUsage.fromExtensions(extensions);
        boolean emailProtection = eku != null && eku.hasKeyPurposeId(KeyPurposeId.id_kp_emailProtection);
        boolean reservedPolicy = policyOids.stream().anyMatch(oid -> SmimeType.fromPolicyOid(oid) != null);
        boolean emailSanWithoutEku = eku == null && hasRfc822Name(extensions);

        if (emailProtection || reservedPolicy || emailSanWithoutEku) {
            return smime(policyOids);
        }
        if (eku != null && eku.hasKeyPurposeId(KeyPurposeId.id_kp_serverAuth)) {
            return Classification.of(Category.TLS_SERVER);
        }
        return Classification.of(Category.OTHER);
    }

    private Classification smime(List<String> policyOids) {
        for (String oid : policyOids) {
            SmimeType reserved = SmimeType.fromPolicyOid(oid);
            if (reserved != null) {
                return new Classification(Category.SMIME, reserved, "reserved policy OID " + oid);
            }
        }
        for (String oid : policyOids) {
            SmimeType mapped = privatePolicyOids.get(oid);
            if (mapped != null) {
                return new Classification(Category.SMIME, mapped, "private policy OID " + oid + " mapped by the policy");
            }
        }
        return new Classification(Category.SMIME, null, "");
    }

    private static boolean isCa(Extensions extensions) {
        if (extensions == null) {
            return false;
        }
        BasicConstraints constraints = BasicConstraints.fromExtensions(extensions);
        return constraints != null && constraints.isCA();
    }

    private static boolean hasRfc822Name(Extensions extensions) {
        if (extensions == null) {
            return false;
        }
        GeneralNames names = GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
        if (names == null) {
            return false;
        }
        for (GeneralName name : names.getNames()) {
            if (name.getTagNo() == GeneralName.rfc822Name) {
                return true;
            }
        }
        return false;
    }

    /** Returns the policy OIDs of the certificatePolicies extension, in certificate order. */
    public static List<String> policyOids(Extensions extensions) {
        List<String> oids = new ArrayList<>();
        if (extensions == null) {
            return oids;
        }
        CertificatePolicies policies = CertificatePolicies.fromExtensions(extensions);
        if (policies == null) {
            return oids;
        }
        for (PolicyInformation information : policies.getPolicyInformation()) {
            oids.add(information.getPolicyIdentifier().getId());
        }
        return oids;
    }
}
