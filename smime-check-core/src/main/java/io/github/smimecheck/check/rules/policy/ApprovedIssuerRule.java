package io.github.smimecheck.check.rules.policy;

import io.github.smimecheck.check.inventory.Inventory;
import io.github.smimecheck.check.policy.ApprovedIssuer;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The certificate must come from a CA the policy lists in {@code approvedIssuers}: its issuer DN
 * must equal an entry's subject and, when the entry gives a {@code keyIdentifier}, its
 * authorityKeyIdentifier must equal that too. An empty list approves every issuer. An entry with
 * {@code spkiSha256} approves the certificate only when the scan also contains the issuing CA
 * certificate, its public key verifies the certificate's signature and the SHA-256 of its DER
 * SubjectPublicKeyInfo equals the entry's value. When every entry naming the issuer pins a key and
 * no verifying CA certificate is in the scan, the certificate is reported as unverifiable rather
 * than approved, because a look-alike CA can copy a name and a key identifier.
 */
public final class ApprovedIssuerRule extends SmimePolicyRule {

    public static final FindingCode NOT_APPROVED = FindingCode.error("policy.issuer.not_approved",
            "organisation policy: approvedIssuers", "The certificate's issuer is not an approved issuing CA.");

    public static final FindingCode UNVERIFIABLE = FindingCode.error("policy.issuer.unverifiable",
            "organisation policy: approvedIssuers",
            "The policy pins the issuing CA's key, but the scan contains no CA certificate that verifies the"
                    + " certificate's signature.");

    @Override
    public List<FindingCode> codes() {
        return List.of(NOT_APPROVED, UNVERIFIABLE);
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
        String claimed = "issued by " + issuer + " (" + describe(keyIdentifier) + ")";

        List<ApprovedIssuer> approved = certificate.policy().approvedIssuers();
        List<ApprovedIssuer> named = approved.stream().filter(entry -> entry.matches(issuer, keyIdentifier)).toList();
        if (named.isEmpty()) {
            List<String> names = approved.stream().map(ApprovedIssuer::subject).distinct().toList();
            findings.report(NOT_APPROVED, claimed + "; the policy approves " + names
                    + "; obtain the certificate from an approved CA or add the CA to approvedIssuers");
            return;
        }
        if (named.stream().anyMatch(entry -> !entry.pinsKey())) {
            return;
        }

        List<String> pinned = named.stream().map(ApprovedIssuer::spkiSha256).distinct().toList();
        Optional<X509CertificateHolder> issuerCertificate = certificate.verifiedIssuer();
        if (issuerCertificate.isEmpty()) {
            findings.report(UNVERIFIABLE, claimed + ", which the policy pins to SPKI SHA-256 " + pinned
                    + ", but the scan contains no certificate of that CA whose key verifies this certificate's"
                    + " signature; ship the issuing CA certificate in the scanned trust bundle or keystore chain,"
                    + " or add an approvedIssuers entry for " + issuer + " without spkiSha256");
            return;
        }

        String found = spkiSha256(issuerCertificate.get());
        if (!pinned.contains(found)) {
            findings.report(NOT_APPROVED, claimed + " with a CA key of SPKI SHA-256 " + found
                    + ", verified by the CA certificate in the scan; the policy pins " + pinned
                    + "; obtain the certificate from the approved CA key or add this key's spkiSha256 to approvedIssuers");
        }
    }

    private static String describe(byte[] keyIdentifier) {
        return keyIdentifier == null ? "no authorityKeyIdentifier"
                : "authorityKeyIdentifier " + HexFormat.of().formatHex(keyIdentifier);
    }

    private static String spkiSha256(X509CertificateHolder certificate) {
        try {
            return Inventory.sha256Hex(certificate.getSubjectPublicKeyInfo().getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            throw new UncheckedIOException("failed to DER-encode the issuer certificate's SubjectPublicKeyInfo", e);
        }
    }
}
