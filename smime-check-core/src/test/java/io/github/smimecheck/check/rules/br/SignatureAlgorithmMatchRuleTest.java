package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class SignatureAlgorithmMatchRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new SignatureAlgorithmMatchRule();
    }

    @Test
    void reportsDifferentOuterAlgorithm() {
        Certificate signed = TestCertificates.smime().build().toASN1Structure();
        AlgorithmIdentifier sha384 = new AlgorithmIdentifier(PKCSObjectIdentifiers.sha384WithRSAEncryption,
                DERNull.INSTANCE);
        X509CertificateHolder altered = new X509CertificateHolder(Certificate.getInstance(
                new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {signed.getTBSCertificate(), sha384,
                    signed.getSignature()})));

        assertThat(RuleHarness.codes(rule(), altered, RuleHarness.type("MAILBOX/STRICT")))
                .containsExactly("smbr.signature.algorithm_mismatch");
    }
}
