package io.github.smimecheck.check.rules.policy;

import io.github.smimecheck.check.policy.ApprovedIssuer;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;

/**
 * The certificate must come from a CA the policy lists in {@code approvedIssuers}: its issuer DN
 * must equal an entry's subject and, when the entry gives a {@code keyIdentifier}, its
 * authorityKeyIdentifier must equal that too. An empty list approves every issuer. The rule does
 * not verify the signature; it checks what the certificate claims about its issuer.
 */
public final class ApprovedIssuerRule extends SmimePolicyRule {

    public static final FindingCode NOT_APPROVED = FindingCode.error("policy.issuer.not_approved",
            "organisation policy: approvedIssuers", "The certificate's issuer is not an approved issuing CA.");

    @Override
    public List<FindingCode> codes() {
        return List.of(NOT_APPROVED);
    }

    @Override
    public boolean appliesTo(CertificateUnderTest certificate) {
        return super.appliesTo(certificate) && !certificate.policy().approvedIssuers().isEmpty();
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        X500Name issuer = certificate.holder().getIssuer();
        AuthorityKeyIdentifier authorityKey = AuthorityKeyIdentifier.fromExtensions(certificate.extensions());
        byte[] keyIdentifier = authorityKey == null ? null : authorityKey.getKeyIdentifierOctets();

        List<ApprovedIssuer> approved = certificate.policy().approvedIssuers();
        if (approved.stream().noneMatch(entry -> entry.matches(issuer, keyIdentifier))) {
            String key = keyIdentifier == null ? "no authorityKeyIdentifier" : "authorityKeyIdentifier "
                    + HexFormat.of().formatHex(keyIdentifier);
            List<String> names = approved.stream().map(ApprovedIssuer::subject).distinct().toList();
            findings.report(NOT_APPROVED, "issued by " + issuer + " (" + key + "); the policy approves " + names
                    + "; obtain the certificate from an approved CA or add the CA to approvedIssuers");
        }
    }
}
