package io.github.smimecheck.check.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.testing.TestCertificates;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;

class IssuerIndexTest {

    private static final String CA = "CN=Example S/MIME Issuing CA,O=Example,C=DE";
    private static final String CA_KEY = "EC:secp384r1";
    private static final String OTHER_KEY = "EC:secp521r1";

    @Test
    void findsCaWhoseKeyVerifies() {
        X509CertificateHolder ca = TestCertificates.ca(CA).key(CA_KEY).build();
        X509CertificateHolder lookAlike = TestCertificates.ca(CA).key(OTHER_KEY).build();
        X509CertificateHolder leaf = TestCertificates.smime().issuedBy(TestCertificates.ca(CA).key(CA_KEY)).build();

        assertThat(IssuerIndex.of(List.of(lookAlike, ca, leaf)).verifiedIssuer(leaf)).contains(ca);
    }

    @Test
    void ignoresLookAlikeWithCopiedKeyIdentifier() {
        X509CertificateHolder ca = TestCertificates.ca(CA).key(CA_KEY).build();
        X509CertificateHolder lookAlike = TestCertificates.ca(CA).key(OTHER_KEY)
                .extension(Extension.subjectKeyIdentifier, false, SubjectKeyIdentifier.fromExtensions(ca.getExtensions()))
                .build();
        X509CertificateHolder leaf = TestCertificates.smime().issuedBy(TestCertificates.ca(CA).key(CA_KEY)).build();

        assertThat(IssuerIndex.of(List.of(lookAlike)).verifiedIssuer(leaf)).isEmpty();
    }

    @Test
    void skipsCandidateWithOtherKeyIdentifier() {
        X509CertificateHolder ca = TestCertificates.ca(CA).key(CA_KEY)
                .extension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(new byte[] {1, 2, 3}))
                .build();
        X509CertificateHolder leaf = TestCertificates.smime().issuedBy(TestCertificates.ca(CA).key(CA_KEY)).build();

        assertThat(IssuerIndex.of(List.of(ca)).verifiedIssuer(leaf)).isEmpty();
    }

    @Test
    void verifiesCandidateWithoutKeyIdentifier() {
        X509CertificateHolder ca = TestCertificates.ca(CA).key(CA_KEY).withoutExtension(Extension.subjectKeyIdentifier)
                .build();
        X509CertificateHolder leaf = TestCertificates.smime().issuedBy(TestCertificates.ca(CA).key(CA_KEY)).build();

        assertThat(IssuerIndex.of(List.of(ca)).verifiedIssuer(leaf)).contains(ca);
    }

    @Test
    void ignoresCaWithOtherName() {
        X509CertificateHolder other = TestCertificates.ca("CN=Other CA").key(CA_KEY).build();
        X509CertificateHolder leaf = TestCertificates.smime().issuedBy(TestCertificates.ca(CA).key(CA_KEY)).build();

        assertThat(IssuerIndex.of(List.of(other)).verifiedIssuer(leaf)).isEmpty();
    }

    @Test
    void selfSignedCaIsItsOwnIssuer() {
        X509CertificateHolder root = TestCertificates.ca(CA).key(CA_KEY).build();

        assertThat(IssuerIndex.of(List.of(root)).verifiedIssuer(root)).contains(root);
    }

    @Test
    void emptyIndexFindsNothing() {
        X509CertificateHolder leaf = TestCertificates.smime().issuedBy(TestCertificates.ca(CA).key(CA_KEY)).build();

        assertThat(IssuerIndex.empty().verifiedIssuer(leaf)).isEmpty();
    }
}
