package io.github.smimecheck.check.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.CertBag;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * Writes real keystores for tests: JKS, JCEKS and PKCS#12 with the JDK, BCFKS with the
 * BouncyCastle provider, and PKCS#12 files with chosen protection with BouncyCastle's PFX builder.
 */
public final class TestKeystores {

    /** How a BouncyCastle-built, certificate-only PKCS#12 file is protected. */
    public enum Pkcs12Protection {
        /** Certificates encrypted with pbeWithSHAAnd40BitRC2-CBC and a SHA-1 MAC, as OpenSSL 1.x wrote. */
        LEGACY_RC2_SHA1_MAC,
        /** Certificates encrypted with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) and a SHA-256 MAC, OpenSSL 3's default. */
        AES256_SHA256_MAC,
        /** Certificates unencrypted, with a SHA-256 MAC. */
        UNENCRYPTED_SHA256_MAC,
        /** Certificates unencrypted and no MAC, as {@code openssl pkcs12 -export -nokeys -nomac -certpbe NONE} writes. */
        NO_MAC
    }

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private final String type;
    private final Map<String, X509Certificate> trusted = new LinkedHashMap<>();
    private final Map<String, Object[]> keys = new LinkedHashMap<>();

    private TestKeystores(String type) {
        this.type = type;
    }

    /** Starts a keystore of the given JCA type: JKS, JCEKS, PKCS12 (JDK provider) or BCFKS (BouncyCastle). */
    public static TestKeystores of(String type) {
        return new TestKeystores(type);
    }

    public TestKeystores trusted(String alias, X509Certificate certificate) {
        trusted.put(alias, certificate);
        return this;
    }

    public TestKeystores key(String alias, PrivateKey key, X509Certificate... chain) {
        keys.put(alias, new Object[] {key, chain});
        return this;
    }

    public byte[] write(String password) {
        try {
            KeyStore store = "BCFKS".equals(type) ? KeyStore.getInstance(type, PROVIDER) : KeyStore.getInstance(type);
            store.load(null, null);
            for (Map.Entry<String, X509Certificate> entry : trusted.entrySet()) {
                store.setCertificateEntry(entry.getKey(), entry.getValue());
            }
            for (Map.Entry<String, Object[]> entry : keys.entrySet()) {
                store.setKeyEntry(entry.getKey(), (PrivateKey) entry.getValue()[0], password.toCharArray(),
                        (X509Certificate[]) entry.getValue()[1]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password.toCharArray());
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot write a test " + type + " keystore", e);
        }
    }

    /**
     * Writes a certificate-only PKCS#12 file without Oracle's trusted-key-usage attribute, as
     * OpenSSL does. The first certificate gets the friendly name; the others get no attributes at all,
     * as OpenSSL writes CA certificates.
     *
     * @param password the password; an empty string gives BouncyCastle's empty (zero-byte) password
     */
    public static byte[] pkcs12(Pkcs12Protection protection, String password, String friendlyName,
                                X509Certificate... certificates) {
        try {
            PKCS12SafeBag[] bags = new PKCS12SafeBag[certificates.length];
            for (int i = 0; i < certificates.length; i++) {
                if (i == 0 && friendlyName != null) {
                    bags[i] = new JcaPKCS12SafeBagBuilder(certificates[i]).addBagAttribute(
                            PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(friendlyName)).build();
                } else {
                    CertBag certificate = new CertBag(PKCSObjectIdentifiers.x509Certificate,
                            new DEROctetString(certificates[i].getEncoded()));
                    bags[i] = new PKCS12SafeBag(new SafeBag(PKCSObjectIdentifiers.certBag, certificate));
                }
            }
            char[] secret = password.toCharArray();
            PKCS12PfxPduBuilder builder = new PKCS12PfxPduBuilder();
            switch (protection) {
                case LEGACY_RC2_SHA1_MAC -> builder.addEncryptedData(encryptor(
                        PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC2_CBC, secret), bags);
                case AES256_SHA256_MAC -> builder.addEncryptedData(encryptor(
                        NISTObjectIdentifiers.id_aes256_CBC, secret), bags);
                default -> {
                    for (PKCS12SafeBag bag : bags) {
                        builder.addData(bag);
                    }
                }
            }
            PKCS12MacCalculatorBuilder mac = switch (protection) {
                case LEGACY_RC2_SHA1_MAC -> new JcePKCS12MacCalculatorBuilder(OIWObjectIdentifiers.idSHA1).setProvider(PROVIDER);
                case NO_MAC -> null;
                default -> new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256).setProvider(PROVIDER);
            };
            return builder.build(mac, secret).getEncoded("DER");
        } catch (Exception e) {
            throw new IllegalStateException("cannot write a test PKCS#12 file", e);
        }
    }

    private static OutputEncryptor encryptor(org.bouncycastle.asn1.ASN1ObjectIdentifier algorithm, char[] password)
            throws org.bouncycastle.operator.OperatorCreationException {
        JcePKCSPBEOutputEncryptorBuilder builder = new JcePKCSPBEOutputEncryptorBuilder(algorithm).setProvider(PROVIDER);
        if (NISTObjectIdentifiers.id_aes256_CBC.equals(algorithm)) {
            builder.setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE));
        }
        return builder.build(password);
    }
}
