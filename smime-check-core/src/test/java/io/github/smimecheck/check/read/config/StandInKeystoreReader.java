package io.github.smimecheck.check.read.config;

import io.github.smimecheck.check.read.CertificateReader;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.DerCertificateReader;
import io.github.smimecheck.check.read.KeystoreHint;
import io.github.smimecheck.check.read.ReadContext;
import io.github.smimecheck.check.read.ReadProblems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Stands in for the product's keystore reader, which is built elsewhere: opens {@code .p12} and
 * {@code .jks} content with the JDK, using the type from the keystore hint and the passwords from
 * {@link ReadContext#passwords()}, and records the type it was opened as.
 */
final class StandInKeystoreReader implements CertificateReader {

    final List<String> openedTypes = new ArrayList<>();

    /** Accepts by name, by the JKS magic number, or DER that is not a single certificate. */
    @Override
    public boolean accepts(Content content) {
        boolean jks = content.startsWith((byte) 0xfe, (byte) 0xed, (byte) 0xfe, (byte) 0xed);
        boolean derButNotCertificate = content.startsWith((byte) 0x30) && !new DerCertificateReader().accepts(content);
        return content.nameEndsWith(".p12", ".jks", ".pfx") || jks || derButNotCertificate;
    }

    @Override
    public void read(Content content, ReadContext context) {
        String type = context.keystoreHint(content.location()).flatMap(KeystoreHint::optionalType).orElse("PKCS12");
        List<char[]> passwords = new ArrayList<>(context.passwords().passwordsFor(content.location()));
        passwords.add(new char[0]);
        for (char[] password : passwords) {
            try {
                KeyStore keystore = KeyStore.getInstance(type);
                keystore.load(new ByteArrayInputStream(content.bytes()), password);
                openedTypes.add(type);
                for (String alias : Collections.list(keystore.aliases())) {
                    Certificate certificate = keystore.getCertificate(alias);
                    context.certificate(certificate.getEncoded(), content.location().alias(alias));
                }
                return;
            } catch (IOException | GeneralSecurityException e) {
                // try the next password
            }
        }
        context.problem(content.location(), ReadProblems.KEYSTORE_LOCKED, "no password opened the keystore");
    }
}
