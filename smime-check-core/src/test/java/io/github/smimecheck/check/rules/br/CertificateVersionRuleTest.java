package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v1CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

class CertificateVersionRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new CertificateVersionRule();
    }

    @Test
    void rejectsVersion1() throws OperatorCreationException {
        KeyPair pair = TestCertificates.smime().keyPair();
        X509CertificateHolder version1 = new JcaX509v1CertificateBuilder(new X500Name("CN=Issuer"),
                new BigInteger("7a3c55e1d2f00b41a9", 16), Date.from(Instant.parse("2026-01-01T00:00:00Z")),
                Date.from(Instant.parse("2026-12-31T23:59:59Z")), new X500Name("CN=alice@example.com"),
                pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));

        assertThat(RuleHarness.codes(rule(), version1, RuleHarness.type("MAILBOX/STRICT")))
                .containsExactly("smbr.certificate.version_not_v3");
    }
}
