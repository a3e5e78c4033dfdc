package io.github.smimecheck.check.read;

import io.github.smimecheck.check.inventory.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.crypto.BadPaddingException;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Reads JKS, JCEKS, PKCS#12 and BCFKS keystores, detected from their bytes. It tries the
 * configured passwords, then the empty password, and for PKCS#12 also the absent password. Each
 * trusted certificate entry is reported at {@code alias "name"} and each key entry's chain at
 * {@code alias "name" > chain N}, where chain 1 is the end-entity certificate.
 *
 * <p>When no password opens the keystore it reports {@code scan.keystore.password}. JKS, JCEKS and
 * PKCS#12 keystores can still give up their unencrypted certificates without the integrity check,
 * because the JDK skips it when loading with a null password. Those certificates are reported too,
 * and the finding states that they are unverified. BCFKS encrypts the whole store, so nothing is
 * read from it.
 */
public final class KeystoreReader implements CertificateReader {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    @Override
    public boolean accepts(Content content) {
        return KeystoreType.detect(content).isPresent();
    }

    @Override
    public void read(Content content, ReadContext context) {
        KeystoreType type = KeystoreType.detect(content).orElseThrow();
        Location location = content.location();
        boolean rejected = false;
        Exception damage = null;

        for (char[] password : candidates(type, location, context.passwords())) {
            try {
                readAll(type, content.bytes(), password, location, context);
                return;
            } catch (IOException | GeneralSecurityException | PKCSException e) {
                if (isPasswordRejected(e)) {
                    rejected = true;
                } else {
                    damage = e;
                }
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        if (!rejected && damage != null) {
            context.problem(location, ReadProblems.CONTENT_INVALID, type.displayName() + " keystore could not be"
                    + " read (" + ReadProblems.reason(damage) + "); check that the file is not truncated or corrupt"
                    + " and re-export it");
            return;
        }
        int unverified = readUnverified(type, content, context);
        context.problem(location, ReadProblems.KEYSTORE_LOCKED, lockedMessage(type, location, context, unverified));
    }

    /** Configured passwords, then the empty one, then for PKCS#12 the absent one. */
    private static List<char[]> candidates(KeystoreType type, Location location, PasswordSource source) {
        List<char[]> candidates = new ArrayList<>(source.passwordsFor(location));
        candidates.add(new char[0]);
        if (type == KeystoreType.PKCS12) {
            // The JDK encodes a password of one NUL character as zero bytes, the PKCS#12 absent
            // password. BouncyCastle, for one, writes that encoding for an empty password.
            candidates.add(new char[] {'\0'});
        }
        return candidates;
    }

    private static KeyStore load(KeystoreType type, byte[] bytes, char[] password)
            throws IOException, GeneralSecurityException {
        KeyStore store = type == KeystoreType.BCFKS
                ? KeyStore.getInstance(type.jcaName(), BOUNCY_CASTLE) : KeyStore.getInstance(type.jcaName());
        store.load(new ByteArrayInputStream(bytes), password);
        return store;
    }

    /**
     * Reports the keystore's entries and, for PKCS#12, the certificate bags the JDK does not list.
     * A null password reads without the integrity check and skips encrypted parts.
     *
     * @return the number of certificates reported
     */
    private static int readAll(KeystoreType type, byte[] bytes, char[] password, Location location,
                               ReadContext context) throws IOException, GeneralSecurityException, PKCSException {
        KeyStore store = load(type, bytes, password);
        Set<ByteBuffer> reported = new HashSet<>();
        readEntries(store, location, context, reported);
        if (type == KeystoreType.PKCS12) {
            readCertificateBags(bytes, password, reported, location, context);
        }
        return reported.size();
    }

    /** Reads the PKCS#12 certificate bags the JDK skipped; failing to decrypt them fails closed. */
    private static void readCertificateBags(byte[] bytes, char[] password, Set<ByteBuffer> reported, Location location,
                                            ReadContext context) {
        try {
            Pkcs12CertificateBags.readMissing(bytes, password, reported, location, context);
        } catch (IOException | PKCSException | RuntimeException e) {
            context.problem(location, ReadProblems.CONTENT_INVALID, "PKCS#12 certificate bags could not be decrypted"
                    + " with BouncyCastle (" + ReadProblems.reason(e) + "), so certificates stored without a private"
                    + " key may be missing from the inventory; re-export the file with a password or as PEM");
        }
    }

    private static void readEntries(KeyStore store, Location location, ReadContext context, Set<ByteBuffer> reported)
            throws GeneralSecurityException {
        List<String> aliases = Collections.list(store.aliases());
        Collections.sort(aliases);
        for (String alias : aliases) {
            Location entry = location.alias(alias);
            Certificate[] chain = store.isKeyEntry(alias) ? store.getCertificateChain(alias) : null;
            if (chain != null) {
                for (int i = 0; i < chain.length; i++) {
                    report(chain[i].getEncoded(), entry.chain(i + 1), context, reported);
                }
            } else if (store.getCertificate(alias) != null) {
                report(store.getCertificate(alias).getEncoded(), entry, context, reported);
            }
        }
    }

    private static void report(byte[] der, Location location, ReadContext context, Set<ByteBuffer> reported) {
        reported.add(ByteBuffer.wrap(der));
        context.certificate(der, location);
    }

    /** Reads what a null password gives: the JDK then skips the integrity check and encrypted parts. */
    private static int readUnverified(KeystoreType type, Content content, ReadContext context) {
        if (type == KeystoreType.BCFKS) {
            return 0;
        }
        try {
            return readAll(type, content.bytes(), null, content.location(), context);
        } catch (IOException | GeneralSecurityException | PKCSException | RuntimeException e) {
            return 0;
        }
    }

    private static String lockedMessage(KeystoreType type, Location location, ReadContext context, int unverified) {
        List<String> tried = new ArrayList<>(context.passwords().sourcesFor(location));
        tried.add("the empty password");
        if (type == KeystoreType.PKCS12) {
            tried.add("the absent password");
        }
        String readAnyway = unverified == 0
                ? "no certificate could be read from it"
                : unverified + " certificate(s) were read from it without verifying its integrity, so they may have"
                        + " been altered";
        return type.displayName() + " keystore could not be opened with " + String.join(", ", tried) + "; "
                + readAnyway + ". Set smime.keystorePasswords to an entry such as \"**/" + location.leafName()
                + "=STORE_PASSWORD\" and put the keystore password into that environment variable";
    }

    /**
     * Returns whether the failure is a wrong password, which the JDK and BouncyCastle report as a
     * failed MAC, digest or decryption.
     */
    private static boolean isPasswordRejected(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (cause instanceof UnrecoverableKeyException || cause instanceof BadPaddingException
                    || message.contains("password") || message.contains("mac")) {
                return true;
            }
        }
        return false;
    }
}
