package io.github.smimecheck.check.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.policy.ApprovedIssuer;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.testing.TestCertificates;
import java.util.List;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;

class ApprovedIssuerRuleTest {

    private static final String CA = "CN=Example S/MIME Issuing CA,O=Example,C=DE";
    private static final byte[] KEY_ID = {0x0a, 0x0b, 0x0c};

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
