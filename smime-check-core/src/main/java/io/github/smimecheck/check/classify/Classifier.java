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
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Sorts certificates into {@link Category categories} and gives S/MIME certificates their type.
 *
 * <p>A certificate without basicConstraints cA=true is S/MIME when it has the emailProtection EKU,
 * or a reserved S/MIME policy OID, or an rfc822Name in its subjectAltName and no EKU at all.
 *
 * <p>A certificate with cA=true is a CA, with one exception: a certificate that is not self-issued
 * (subject differs from issuer), whose keyUsage extension is present without keyCertSign, and that
 * has the emailProtection EKU or a reserved S/MIME policy OID is an S/MIME subscriber certificate
 * that wrongly asserts cA. It is checked as S/MIME, so the Baseline Requirements rules report the
 * cA bit. A CA that can sign certificates sets keyCertSign (RFC 5280 4.2.1.3), so issuing CAs stay
 * CA even with emailProtection and S/MIME policy OIDs, and so do roots (self-issued) and CA
 * certificates without keyUsage, which old roots often lack.
 *
 * <p>The type comes from the reserved OID {@code 2.23.140.1.5.x.y}, else from the organisation's
 * mapping of private policy OIDs; with neither, the type stays empty and the rules report that.
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
            if (isSubscriberAssertingCa(certificate, policyOids)) {
                return smime(policyOids);
            }
            return Classification.of(Category.CA);
        }

        ExtendedKeyUsage eku = extensions == null ? null : ExtendedKeyUsage.fromExtensions(extensions);
        boolean emailProtection = eku != null && eku.hasKeyPurposeId(KeyPurposeId.id_kp_emailProtection);
        boolean emailSanWithoutEku = eku == null && hasRfc822Name(extensions);
        if (emailProtection || hasReservedPolicy(policyOids) || emailSanWithoutEku) {
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

    /**
     * Returns whether a certificate with cA=true is an S/MIME subscriber certificate, by the
     * exception the class documentation states. A keyUsage or EKU that does not decode keeps the
     * certificate a CA.
     */
    private static boolean isSubscriberAssertingCa(X509CertificateHolder certificate, List<String> policyOids) {
        if (certificate.getSubject().equals(certificate.getIssuer())) {
            return false;
        }
        Extensions extensions = certificate.getExtensions();
        try {
            KeyUsage keyUsage = KeyUsage.fromExtensions(extensions);
            if (keyUsage == null || keyUsage.hasUsages(KeyUsage.keyCertSign)) {
                return false;
            }
            ExtendedKeyUsage eku = ExtendedKeyUsage.fromExtensions(extensions);
            boolean emailProtection = eku != null && eku.hasKeyPurposeId(KeyPurposeId.id_kp_emailProtection);
            return emailProtection || hasReservedPolicy(policyOids);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    private static boolean hasReservedPolicy(List<String> policyOids) {
        return policyOids.stream().anyMatch(oid -> SmimeType.fromPolicyOid(oid) != null);
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
