package io.github.smimecheck.check.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.inventory.IssuerIndex;
import io.github.smimecheck.check.policy.ApprovedIssuer;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.Severity;
import io.github.smimecheck.check.testing.TestCertificates;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class ApprovedIssuerRuleTest {

    private static final String CA = "CN=Example S/MIME Issuing CA,O=Example,C=DE";
    private static final byte[] KEY_ID = {0x0a, 0x0b, 0x0c};
    private static final String CA_KEY = "EC:secp384r1";
    private static final String LOOK_ALIKE_KEY = "EC:secp521r1";

    @Test
    void emptyListApprovesEveryIssuer() {
        assertThat(check(TestCertificates.smime(), Policy.defaults())).isEmpty();
    }

    @Test
    void matchingDnIsApproved() {
        Policy policy = policy(new ApprovedIssuer("cn=example s/mime issuing ca, o=example, c=de", null));

        assertThat(check(TestCertificates.smime(), policy)).isEmpty();
    }

    @Test
    void otherDnIsRejected() {
        Policy policy = policy(new ApprovedIssuer("CN=Other CA", null));

        TestCertificates withoutKeyIdentifier = TestCertificates.smime()
                .withoutExtension(org.bouncycastle.asn1.x509.Extension.authorityKeyIdentifier);

        assertThat(check(withoutKeyIdentifier, policy)).extracting(Finding::message)
                .containsExactly("issued by " + CA + " (no authorityKeyIdentifier); the policy approves [CN=Other CA];"
                        + " obtain the certificate from an approved CA or add the CA to approvedIssuers");
    }

    @Test
    void matchingKeyIdentifierIsApproved() {
        Policy policy = policy(new ApprovedIssuer(CA, "0a:0b:0c"));

        assertThat(check(withAuthorityKey(KEY_ID), policy)).isEmpty();
    }

    @Test
    void otherKeyIdentifierIsRejected() {
        Policy policy = policy(new ApprovedIssuer(CA, "0a:0b:0d"));

        assertThat(check(withAuthorityKey(KEY_ID), policy)).extracting(Finding::message)
                .containsExactly("issued by " + CA + " (authorityKeyIdentifier 0a0b0c); the policy approves [" + CA
                        + "]; obtain the certificate from an approved CA or add the CA to approvedIssuers");
    }

    @Test
    void missingKeyIdentifierIsRejectedWhenPinned() {
        Policy policy = policy(new ApprovedIssuer(CA, "0a0b0c"));

        assertThat(check(TestCertificates.smime(), policy)).extracting(Finding::code)
                .containsExactly("policy.issuer.not_approved");
    }

    @Test
    void pinnedSpkiOfVerifiedIssuerIsApproved() {
        X509CertificateHolder ca = ca(CA_KEY).build();
        X509CertificateHolder leaf = TestCertificates.smime().issuedBy(ca(CA_KEY)).build();

        assertThat(check(leaf, pinned(ca(CA_KEY).spkiSha256()), IssuerIndex.of(List.of(ca, leaf)))).isEmpty();
    }

    @Test
    void otherPinnedSpkiIsRejected() {
        X509CertificateHolder ca = ca(CA_KEY).build();
        X509CertificateHolder leaf = TestCertificates.smime().issuedBy(ca(CA_KEY)).build();
        String other = ca(LOOK_ALIKE_KEY).spkiSha256();

        List<Finding> findings = check(leaf, pinned(other), IssuerIndex.of(List.of(ca)));

        assertThat(findings).extracting(Finding::code).containsExactly("policy.issuer.not_approved");
        assertThat(findings).extracting(Finding::message).containsExactly("issued by " + CA + " (authorityKeyIdentifier "
                + keyIdentifier(ca) + ") with a CA key of SPKI SHA-256 " + ca(CA_KEY).spkiSha256() + ", verified by the CA"
                + " certificate in the scan; the policy pins [" + other + "]; obtain the certificate from the approved"
                + " CA key or add this key's spkiSha256 to approvedIssuers");
    }

    @Test
    void copiedKeyIdentifierIsUnverifiable() {
        X509CertificateHolder ca = ca(CA_KEY).build();
        X509CertificateHolder lookAlike = ca(LOOK_ALIKE_KEY).extension(Extension.subjectKeyIdentifier, false,
                new SubjectKeyIdentifier(SubjectKeyIdentifier.fromExtensions(ca.getExtensions()).getKeyIdentifier()))
                .build();
        X509CertificateHolder leaf = TestCertificates.smime().issuedBy(ca(CA_KEY)).build();

        List<Finding> findings = check(leaf, pinned(ca(LOOK_ALIKE_KEY).spkiSha256()), IssuerIndex.of(List.of(lookAlike)));

        assertThat(findings).extracting(Finding::code).containsExactly("policy.issuer.unverifiable");
    }

    @Test
    void certificateFromLookAlikeIsRejected() {
        X509CertificateHolder ca = ca(CA_KEY).build();
        X509CertificateHolder lookAlike = ca(LOOK_ALIKE_KEY).build();
        X509CertificateHolder leaf = TestCertificates.smime().issuedBy(ca(LOOK_ALIKE_KEY)).build();

        List<Finding> findings = check(leaf, pinned(ca(CA_KEY).spkiSha256()), IssuerIndex.of(List.of(ca, lookAlike)));

        assertThat(findings).extracting(Finding::code).containsExactly("policy.issuer.not_approved");
    }

    @Test
    void missingIssuerIsUnverifiable() {
        X509CertificateHolder ca = ca(CA_KEY).build();
        X509CertificateHolder leaf = TestCertificates.smime().issuedBy(ca(CA_KEY)).build();

        List<Finding> findings = check(leaf, pinned(ca(CA_KEY).spkiSha256()), IssuerIndex.empty());

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(findings).extracting(Finding::message).containsExactly("issued by " + CA + " (authorityKeyIdentifier "
                + keyIdentifier(ca) + "), which the policy pins to SPKI SHA-256 [" + ca(CA_KEY).spkiSha256() + "], but the scan"
                + " contains no certificate of that CA whose key verifies this certificate's signature; ship the"
                + " issuing CA certificate in the scanned trust bundle or keystore chain, or add an approvedIssuers"
                + " entry for " + CA + " without spkiSha256");
    }

    @Test
    void unverifiableSeverityCanBeLowered() {
        X509CertificateHolder ca = ca(CA_KEY).build();
        X509CertificateHolder leaf = TestCertificates.smime().issuedBy(ca(CA_KEY)).build();
        Policy policy = pinned(ca(CA_KEY).spkiSha256()).toBuilder().severity("policy.issuer.unverifiable", "WARNING").build();

        assertThat(check(leaf, policy, IssuerIndex.empty())).extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
    }

    @Test
    void otherDnIsNotApprovedEvenWhenPinned() {
        X509CertificateHolder leaf = TestCertificates.smime().issuer("CN=Other CA").build();

        assertThat(check(leaf, pinned(ca(CA_KEY).spkiSha256()), IssuerIndex.empty()))
                .extracting(Finding::code).containsExactly("policy.issuer.not_approved");
    }

    @Test
    void dnEntryBesidePinnedEntryApproves() {
        X509CertificateHolder ca = ca(CA_KEY).build();
        X509CertificateHolder leaf = TestCertificates.smime().issuedBy(ca(CA_KEY)).build();
        Policy policy = Policy.builder().approvedIssuers(List.of(new ApprovedIssuer(CA, null, ca(CA_KEY).spkiSha256()),
                new ApprovedIssuer(CA, null))).build();

        assertThat(check(leaf, policy, IssuerIndex.empty())).isEmpty();
    }

    @Test
    void dnEntryIgnoresIssuerCertificate() {
        X509CertificateHolder leaf = TestCertificates.smime().issuedBy(ca(CA_KEY)).build();
        X509CertificateHolder lookAlike = ca(LOOK_ALIKE_KEY).build();

        assertThat(check(leaf, policy(new ApprovedIssuer(CA, null)), IssuerIndex.of(List.of(lookAlike)))).isEmpty();
    }

    private static TestCertificates ca(String keyType) {
        return TestCertificates.ca(CA).key(keyType);
    }

    private static Policy pinned(String spkiSha256) {
        return policy(new ApprovedIssuer(CA, null, spkiSha256));
    }

    private static String keyIdentifier(X509CertificateHolder ca) {
        return HexFormat.of().formatHex(
                SubjectKeyIdentifier.fromExtensions(ca.getExtensions()).getKeyIdentifier());
    }

    private static List<Finding> check(X509CertificateHolder certificate, Policy policy, IssuerIndex issuers) {
        return PolicyRuleFixture.check(new ApprovedIssuerRule(), certificate, policy, issuers);
    }

    private static TestCertificates withAuthorityKey(byte[] keyId) {
        return TestCertificates.smime().extension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyId));
    }

    private static Policy policy(ApprovedIssuer issuer) {
        return Policy.builder().approvedIssuers(List.of(issuer)).build();
    }

    private static List<Finding> check(TestCertificates builder, Policy policy) {
        return PolicyRuleFixture.check(new ApprovedIssuerRule(), builder.build(), policy);
    }
}
