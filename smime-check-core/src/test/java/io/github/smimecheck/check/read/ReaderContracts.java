package io.github.smimecheck.check.read;

import io.github.smimecheck.check.testing.TestArchives;
import io.github.smimecheck.check.testing.TestCertificates;
import io.github.smimecheck.check.testing.TestKeystores;
import io.github.smimecheck.check.testing.TestKeystores.Pkcs12Protection;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Nested;

/** Runs the reader contract for every registered format. */
class ReaderContracts {

    private static final byte[] ALICE = TestCertificates.smime().der();
    private static final byte[] ROOT = TestCertificates.ca("CN=Example Root").der();
    private static final X509Certificate ALICE_X509 = TestCertificates.toX509(ALICE);
    private static final String PEM = TestCertificates.toPem(ALICE) + TestCertificates.toPem(ROOT);

    @Nested
    class Pem extends CertificateReaderContract {
        CertificateReader reader() {
            return new PemReader();
        }

        byte[] validContent() {
            return PEM.getBytes(StandardCharsets.US_ASCII);
        }
    }

    @Nested
    class Der extends CertificateReaderContract {
        CertificateReader reader() {
            return new DerCertificateReader();
        }

        byte[] validContent() {
            return ALICE;
        }
    }

    @Nested
    class Pkcs7 extends CertificateReaderContract {
        CertificateReader reader() {
            return new Pkcs7Reader();
        }

        byte[] validContent() {
            return TestCertificates.pkcs7(ALICE, ROOT);
        }
    }

    @Nested
    class Jks extends CertificateReaderContract {
        CertificateReader reader() {
            return new KeystoreReader();
        }

        byte[] validContent() {
            return TestKeystores.of("JKS").trusted("alice", ALICE_X509).write("");
        }
    }

    @Nested
    class Jceks extends CertificateReaderContract {
        CertificateReader reader() {
            return new KeystoreReader();
        }

        byte[] validContent() {
            return TestKeystores.of("JCEKS").trusted("alice", ALICE_X509).write("");
        }
    }

    @Nested
    class Pkcs12 extends CertificateReaderContract {
        CertificateReader reader() {
            return new KeystoreReader();
        }

        byte[] validContent() {
            return TestKeystores.pkcs12(Pkcs12Protection.LEGACY_RC2_SHA1_MAC, "", "alice", ALICE_X509);
        }
    }

    @Nested
    class Bcfks extends CertificateReaderContract {
        CertificateReader reader() {
            return new KeystoreReader();
        }

        byte[] validContent() {
            return TestKeystores.of("BCFKS").trusted("alice", ALICE_X509).write("");
        }
    }

    @Nested
    class Zip extends CertificateReaderContract {
        CertificateReader reader() {
            return new ArchiveReader();
        }

        byte[] validContent() {
            return TestArchives.zip(TestArchives.entries("a.pem", PEM, "b.der", ALICE));
        }
    }

    @Nested
    class TarGz extends CertificateReaderContract {
        CertificateReader reader() {
            return new ArchiveReader();
        }

        byte[] validContent() {
            return TestArchives.gzip(TestArchives.tar(TestArchives.entries("a.pem", PEM, "b.der", ALICE)));
        }
    }
}
