package io.github.smimecheck.check.read;

import java.util.List;

/**
 * The one list of readers, in the order they are tried. Specific binary formats come before the
 * generic DER certificate reader, and configuration readers before the generic PEM reader. The
 * last reader reports files named like certificates that no other reader accepted.
 */
public final class ReaderRegistry {

    private ReaderRegistry() {
    }

    public static List<CertificateReader> allReaders() {
        return List.of(
                new ArchiveReader(),
                new KeystoreReader(),
                new Pkcs7Reader(),
                new PemReader(),
                new DerCertificateReader(),
                new UnrecognizedCertificateFileReader());
    }
}
