package io.github.smimecheck.check.read;

import io.github.smimecheck.check.read.config.SpringBootConfigReader;
import java.util.List;

/**
 * The one list of readers, in the order they are tried. Specific binary formats come before the
 * generic DER certificate reader, and configuration readers before the generic PEM reader.
 */
public final class ReaderRegistry {

    private ReaderRegistry() {
    }

    public static List<CertificateReader> allReaders() {
        return List.of(
                new SpringBootConfigReader(),
                new PemReader(),
                new DerCertificateReader());
    }
}
