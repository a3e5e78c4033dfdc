package io.github.smimecheck.check.read;

import java.util.Arrays;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Decrypts a PKCS#12 encryptedData that uses PBES2 (PBKDF2 with AES-CBC) under the empty
 * password, as {@code openssl pkcs12 -export -passout pass:} writes it with OpenSSL 3's defaults.
 * BouncyCastle's JCE provider (1.87) rejects an empty PBKDF2 password, so this uses its
 * lightweight API, which accepts one.
 */
final class EmptyPasswordPbes2 {

    private static final Map<ASN1ObjectIdentifier, Integer> AES_KEY_BYTES = Map.of(
            NISTObjectIdentifiers.id_aes128_CBC, 16,
            NISTObjectIdentifiers.id_aes192_CBC, 24,
            NISTObjectIdentifiers.id_aes256_CBC, 32);

    private EmptyPasswordPbes2() {
    }

    /** Returns whether the content is encrypted with PBES2 and an AES-CBC scheme this class can decrypt. */
    static boolean handles(ContentInfo info) {
        try {
            EncryptedData data = EncryptedData.getInstance(info.getContent());
            if (!PKCSObjectIdentifiers.id_PBES2.equals(data.getEncryptionAlgorithm().getAlgorithm())) {
                return false;
            }
            PBES2Parameters parameters = PBES2Parameters.getInstance(data.getEncryptionAlgorithm().getParameters());
            return AES_KEY_BYTES.containsKey(parameters.getEncryptionScheme().getAlgorithm());
        } catch (RuntimeException e) {
            return false;
        }
    }

    static PKCS12SafeBag[] decrypt(ContentInfo info) throws PKCSException {
        EncryptedData data = EncryptedData.getInstance(info.getContent());
        PBES2Parameters parameters = PBES2Parameters.getInstance(data.getEncryptionAlgorithm().getParameters());
        PBKDF2Params derivation = PBKDF2Params.getInstance(parameters.getKeyDerivationFunc().getParameters());
        EncryptionScheme scheme = parameters.getEncryptionScheme();

        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(prf(derivation));
        generator.init(new byte[0], derivation.getSalt(), derivation.getIterationCount().intValueExact());
        KeyParameter key = (KeyParameter) generator.generateDerivedParameters(AES_KEY_BYTES.get(scheme.getAlgorithm()) * 8);
        byte[] iv = ASN1OctetString.getInstance(scheme.getParameters()).getOctets();

        byte[] plain = decryptCbc(key, iv, data.getContent().getOctets());
        ASN1Sequence bags = ASN1Sequence.getInstance(plain);
        PKCS12SafeBag[] result = new PKCS12SafeBag[bags.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = new PKCS12SafeBag(SafeBag.getInstance(bags.getObjectAt(i)));
        }
        return result;
    }

    private static byte[] decryptCbc(KeyParameter key, byte[] iv, byte[] encrypted) throws PKCSException {
        PaddedBufferedBlockCipher cipher = new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(AESEngine.newInstance()));
        cipher.init(false, new ParametersWithIV(key, iv));
        byte[] plain = new byte[cipher.getOutputSize(encrypted.length)];
        try {
            int length = cipher.processBytes(encrypted, 0, encrypted.length, plain, 0);
            length += cipher.doFinal(plain, length);
            return Arrays.copyOf(plain, length);
        } catch (InvalidCipherTextException e) {
            throw new PKCSException("PBES2 content does not decrypt with the empty password: " + e.getMessage(), e);
        }
    }

    /** Returns the PBKDF2 pseudo-random function's digest; HMAC-SHA1 is the default when none is named. */
    private static Digest prf(PBKDF2Params derivation) {
        ASN1ObjectIdentifier prf = derivation.getPrf().getAlgorithm();
        if (PKCSObjectIdentifiers.id_hmacWithSHA256.equals(prf)) {
            return new SHA256Digest();
        }
        if (PKCSObjectIdentifiers.id_hmacWithSHA384.equals(prf)) {
            return new SHA384Digest();
        }
        if (PKCSObjectIdentifiers.id_hmacWithSHA512.equals(prf)) {
            return new SHA512Digest();
        }
        return new SHA1Digest();
    }
}
