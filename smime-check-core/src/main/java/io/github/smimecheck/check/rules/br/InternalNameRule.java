package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.PolicyQualifierId;
import org.bouncycastle.asn1.x509.PolicyQualifierInfo;

/**
 * The CRL, OCSP, caIssuers and CPS URLs must name publicly resolvable hosts, never internal names.
 * S/MIME BR 7.1.2.3 a, b and c require URLs from which relying parties retrieve the CA's CRL,
 * certificate, OCSP responses and policies, and an internal name is unreachable for them. A host
 * that is missing, has a single label or ends in a reserved top-level label such as "local",
 * "internal" or "test" counts as internal, and so does a private, loopback, link-local or
 * unspecified IP address.
 */
public final class InternalNameRule extends SmimeProfileRule {

    public static final FindingCode INTERNAL_NAME = FindingCode.error("smbr.uri.internal_name", "S/MIME BR 7.1.2.3 b",
            "A CRL, OCSP, caIssuers or CPS URL does not name a publicly resolvable host.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(INTERNAL_NAME);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        for (String uri : publishedUris(certificate)) {
            String problem = Uris.internalNameProblem(uri);
            if (problem != null) {
                findings.report(INTERNAL_NAME, "URL '" + uri + "' is not publicly reachable: " + problem + ";"
                        + " expected an http:// URL on a public domain name; reissue with a public URL");
            }
        }
    }

    private static List<String> publishedUris(CertificateUnderTest certificate) {
        List<String> uris = new ArrayList<>();
        ASN1Encodable crl = certificate.extensionValue(Extension.cRLDistributionPoints);
        if (crl != null) {
            uris.addAll(CrlDistributionPointsRule.fullNameUris(CRLDistPoint.getInstance(crl)));
        }
        ASN1Encodable aia = certificate.extensionValue(Extension.authorityInfoAccess);
        if (aia != null) {
            for (AccessDescription description : AuthorityInformationAccess.getInstance(aia).getAccessDescriptions()) {
                String uri = Uris.uriOf(description.getAccessLocation());
                if (uri != null) {
                    uris.add(uri);
                }
            }
        }
        ASN1Encodable policies = certificate.extensionValue(Extension.certificatePolicies);
        if (policies != null) {
            addCpsUris(CertificatePolicies.getInstance(policies), uris);
        }
        return uris;
    }

    private static void addCpsUris(CertificatePolicies policies, List<String> uris) {
        for (PolicyInformation information : policies.getPolicyInformation()) {
            ASN1Sequence qualifiers = information.getPolicyQualifiers();
            for (int i = 0; qualifiers != null && i < qualifiers.size(); i++) {
                PolicyQualifierInfo qualifier = PolicyQualifierInfo.getInstance(qualifiers.getObjectAt(i));
                if (PolicyQualifierId.id_qt_cps.equals(qualifier.getPolicyQualifierId())
                        && qualifier.getQualifier() instanceof ASN1String text) {
                    uris.add(text.getString());
                }
            }
        }
    }
}
