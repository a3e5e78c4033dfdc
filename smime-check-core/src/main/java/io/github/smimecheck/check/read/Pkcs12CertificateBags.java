package io.github.smimecheck.check.read;

import io.github.smimecheck.check.inventory.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.Provider;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.CertBag;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;

/**
 * Reads the X.509 certificate bags of a PKCS#12 file with BouncyCastle. The JDK's PKCS#12
 * keystore (JDK 17) only lists a certificate without a private key when it carries Oracle's
 * trusted-key-usage attribute, so certificate-only files written by OpenSSL show no entries there.
 * This class reports the bags the keystore API did not, at {@code alias "friendlyName"} or, for a
 * bag without a friendly name, at {@code certificate N} (its position among the certificate bags).
 */
final class Pkcs12CertificateBags {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

    private Pkcs12CertificateBags() {
    }

    /**
     * Reports every certificate bag whose DER is not in {@code reported} and adds it there.
     *
     * @param password the password that opened the file, or null to read only unencrypted content
     * @return the number of certificates reported
     */
    static int readMissing(byte[] bytes, char[] password, Set<ByteBuffer> reported, Location location,
                           ReadContext context) throws IOException, PKCSException {
        PKCS12PfxPdu pfx = new PKCS12PfxPdu(bytes);
        List<InputDecryptorProvider> decryptors = password == null ? List.of() : decryptors(password);
        boolean emptyPassword = password != null && isEmpty(password);
        int position = 0;
        int count = 0;

        for (ContentInfo info : pfx.getContentInfos()) {
            boolean encrypted = PKCSObjectIdentifiers.encryptedData.equals(info.getContentType());
            if (encrypted && decryptors.isEmpty()) {
                continue;
            }
            PKCS12SafeBag[] bags = encrypted
                    ? decrypt(info, decryptors, emptyPassword) : new PKCS12SafeBagFactory(info).getSafeBags();
            for (PKCS12SafeBag bag : bags) {
                if (!PKCSObjectIdentifiers.certBag.equals(bag.getType())) {
                    continue;
                }
                position++;
                SafeBag structure = bag.toASN1Structure();
                CertBag certificateBag = CertBag.getInstance(structure.getBagValue());
                if (!PKCSObjectIdentifiers.x509Certificate.equals(certificateBag.getCertId())) {
                    continue;
                }
                byte[] der = ASN1OctetString.getInstance(certificateBag.getCertValue()).getOctets();
                if (reported.add(ByteBuffer.wrap(der))) {
                    String name = friendlyName(bag);
                    context.certificate(der, name != null ? location.alias(name) : location.certificate(position));
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Returns the decryptors to try in order. For an empty or absent password, BouncyCastle is tried
     * with both zero-length encodings (zero bytes, and the two zero bytes OpenSSL writes for ""),
     * then the JDK's providers. PBES2 under the empty password goes to {@link EmptyPasswordPbes2}
     * before these.
     */
    private static List<InputDecryptorProvider> decryptors(char[] password) {
        if (!isEmpty(password)) {
            return List.of(new JcePKCSPBEInputDecryptorProviderBuilder().setProvider(BOUNCY_CASTLE).build(password));
        }
        return List.of(
                new JcePKCSPBEInputDecryptorProviderBuilder().setProvider(BOUNCY_CASTLE).build(new char[0]),
                new JcePKCSPBEInputDecryptorProviderBuilder().setProvider(BOUNCY_CASTLE).setTryWrongPKCS12Zero(true)
                        .build(new char[0]),
                new JcePKCSPBEInputDecryptorProviderBuilder().build(new char[0]));
    }

    /** Returns whether the password is empty or the one-NUL form that the JDK uses for the absent password. */
    private static boolean isEmpty(char[] password) {
        return password.length == 0 || (password.length == 1 && password[0] == '\0');
    }

    private static PKCS12SafeBag[] decrypt(ContentInfo info, List<InputDecryptorProvider> decryptors,
                                           boolean emptyPassword) throws PKCSException {
        if (emptyPassword && EmptyPasswordPbes2.handles(info)) {
            return EmptyPasswordPbes2.decrypt(info);
        }
        PKCSException failure = null;
        for (InputDecryptorProvider decryptor : decryptors) {
            try {
                return new PKCS12SafeBagFactory(info, decryptor).getSafeBags();
            } catch (PKCSException e) {
                failure = e;
            }
        }
        throw failure;
    }

    /** Returns the bag's friendly name, or null; OpenSSL writes CA certificate bags without any attributes. */
    private static String friendlyName(PKCS12SafeBag bag) {
        Attribute[] attributes = bag.getAttributes();
        if (attributes == null) {
            return null;
        }
        for (Attribute attribute : attributes) {
            if (PKCSObjectIdentifiers.pkcs_9_at_friendlyName.equals(attribute.getAttrType())) {
                ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
                return value instanceof ASN1String text ? text.getString() : null;
            }
        }
        return null;
    }
}
