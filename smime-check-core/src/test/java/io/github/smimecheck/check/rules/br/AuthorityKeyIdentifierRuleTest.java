package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.math.BigInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class AuthorityKeyIdentifierRuleTest extends RuleContractTest {

    private static final GeneralNames ISSUER = new GeneralNames(new GeneralName(new X500Name("CN=Root")));

    @Override
    Rule rule() {
        return new AuthorityKeyIdentifierRule();
    }

    @Test
    void reportsMissing() {
        X509CertificateHolder certificate = TestCertificates.smime().withoutExtension(Extension.authorityKeyIdentifier)
                .build();

        assertThat(RuleHarness.codes(rule(), certificate, RuleHarness.type("MAILBOX/STRICT")))
                .containsExactly("smbr.aki.missing");
    }

    @Test
    void reportsCritical() {
        X509CertificateHolder certificate = TestCertificates.smime()
                .extension(Extension.authorityKeyIdentifier, true, new AuthorityKeyIdentifier(new byte[20])).build();

        assertThat(RuleHarness.codes(rule(), certificate, RuleHarness.type("MAILBOX/STRICT")))
                .containsExactly("smbr.aki.critical");
    }

    @Test
    void reportsIssuerAndSerialWithoutKeyIdentifier() {
        X509CertificateHolder certificate = TestCertificates.smime().extension(Extension.authorityKeyIdentifier, false,
                new AuthorityKeyIdentifier(ISSUER, BigInteger.TEN)).build();

        assertThat(RuleHarness.codes(rule(), certificate, RuleHarness.type("MAILBOX/STRICT")))
                .containsExactly("smbr.aki.key_identifier_missing", "smbr.aki.issuer_serial_present");
    }
}
