package io.github.smimecheck.check.read;

import io.github.smimecheck.check.read.config.DovecotConfigReader;
import io.github.smimecheck.check.read.config.JavaSslPropertiesReader;
import io.github.smimecheck.check.read.config.KubernetesManifestReader;
import io.github.smimecheck.check.read.config.NginxConfigReader;
import io.github.smimecheck.check.read.config.PostfixMainCfReader;
import io.github.smimecheck.check.read.config.SpringBootConfigReader;
import io.github.smimecheck.check.read.config.TomcatServerXmlReader;
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
                new SpringBootConfigReader(),
                new KubernetesManifestReader(),
                new TomcatServerXmlReader(),
                new PostfixMainCfReader(),
                new DovecotConfigReader(),
                new NginxConfigReader(),
                new JavaSslPropertiesReader(),
                new PemReader(),
                new DerCertificateReader(),
                new UnrecognizedCertificateFileReader());
    }
}
