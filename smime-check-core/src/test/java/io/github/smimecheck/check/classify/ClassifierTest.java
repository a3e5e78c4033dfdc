package io.github.smimecheck.check.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.testing.TestCertificates;
import java.util.Map;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    private final Classifier classifier = new Classifier(Map.of());

    @Test
    void subscriberWithoutBasicConstraintsIsSmime() {
        Classification classification = classify(TestCertificates.smime());

        assertThat(classification.category()).isEqualTo(Category.SMIME);
        assertThat(classification.smimeType()).isEqualTo(SmimeType.parse("MAILBOX/STRICT"));
    }

    @Test
    void subscriberAssertingCaIsSmime() {
        Classification classification = classify(withCaTrue(TestCertificates.smime()));

        assertThat(classification.category()).isEqualTo(Category.SMIME);
        assertThat(classification.smimeType()).isEqualTo(SmimeType.parse("MAILBOX/STRICT"));
    }

    @Test
    void subscriberAssertingCaWithPolicyOnlyIsSmime() {
        TestCertificates certificate = withCaTrue(TestCertificates.smime().noExtendedKeyUsage());

        assertThat(classify(certificate).category()).isEqualTo(Category.SMIME);
    }

    @Test
    void subscriberAssertingCaWithEkuOnlyIsSmime() {
        TestCertificates certificate = withCaTrue(TestCertificates.smime().noPolicies());

        assertThat(classify(certificate).category()).isEqualTo(Category.SMIME);
    }

    @Test
    void caTrueWithoutSmimeMarksIsCa() {
        TestCertificates certificate = withCaTrue(TestCertificates.smime().noExtendedKeyUsage().noPolicies());

        assertThat(classify(certificate).category()).isEqualTo(Category.CA);
    }

    @Test
    void issuingCaWithKeyCertSignIsCa() {
        TestCertificates issuingCa = TestCertificates.ca("CN=Example S/MIME Issuing CA").issuer("CN=Example Root")
                .extendedKeyUsage(KeyPurposeId.id_kp_emailProtection).policies(TestCertificates.STRICT_MAILBOX_OID);

        assertThat(classify(issuingCa).category()).isEqualTo(Category.CA);
    }

    @Test
    void caTrueWithoutKeyUsageIsCa() {
        TestCertificates certificate = withCaTrue(TestCertificates.smime().withoutExtension(Extension.keyUsage));

        assertThat(classify(certificate).category()).isEqualTo(Category.CA);
    }

    @Test
    void selfIssuedCaTrueIsCa() {
        TestCertificates certificate = withCaTrue(TestCertificates.smime().subject("CN=Old Root").issuer("CN=Old Root")
                .keyUsage(KeyUsage.digitalSignature));

        assertThat(classify(certificate).category()).isEqualTo(Category.CA);
    }

    @Test
    void rootCaIsCa() {
        assertThat(classify(TestCertificates.ca("CN=Example Root")).category()).isEqualTo(Category.CA);
    }

    @Test
    void tlsServerIsTls() {
        assertThat(classify(TestCertificates.tlsServer("www.example.com")).category())
                .isEqualTo(Category.TLS_SERVER);
    }

    private Classification classify(TestCertificates certificate) {
        return classifier.classify(certificate.build());
    }

    private static TestCertificates withCaTrue(TestCertificates certificate) {
        return certificate.extension(Extension.basicConstraints, true, new BasicConstraints(true));
    }
}
