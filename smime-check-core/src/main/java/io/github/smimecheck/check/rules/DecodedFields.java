package io.github.smimecheck.check.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The certificate fields that several rules read, decoded once per certificate on first use: the
 * validity instants and the ASN.1 value of each extension. Not thread-safe: one certificate is
 * checked by one thread.
 */
public final class DecodedFields {

    private final X509CertificateHolder holder;
    private Instant notBefore;
    private Instant notAfter;
    private final Map<ASN1ObjectIdentifier, Object> extensionValues = new HashMap<>();
    private RSAPublicKey rsaPublicKey;

    DecodedFields(X509CertificateHolder holder) {
        this.holder = holder;
    }

    Instant notBefore() {
        if (notBefore == null) {
            notBefore = instant(holder.toASN1Structure().getStartDate());
        }
        return notBefore;
    }

    Instant notAfter() {
        if (notAfter == null) {
            notAfter = instant(holder.toASN1Structure().getEndDate());
        }
        return notAfter;
    }

    /**
     * Returns the RSA public key, or null when the key is not rsaEncryption.
     *
     * @throws UncheckedIOException when the key bits are not an RSAPublicKey
     */
    RSAPublicKey rsaPublicKey() {
        SubjectPublicKeyInfo key = holder.getSubjectPublicKeyInfo();
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(key.getAlgorithm().getAlgorithm())) {
            return null;
        }
        if (rsaPublicKey == null) {
            try {
                rsaPublicKey = RSAPublicKey.getInstance(key.parsePublicKey());
            } catch (IOException e) {
                throw new UncheckedIOException("invalid RSA public key encoding", e);
            }
        }
        return rsaPublicKey;
    }

    /**
     * Returns the decoded value of the extension, or null when the certificate does not carry it.
     *
     * @throws IllegalArgumentException when the extension value is not valid DER, every time it is asked for
     */
    ASN1Encodable extensionValue(ASN1ObjectIdentifier oid) {
        Object value = extensionValues.computeIfAbsent(oid, this::decode);
        if (value instanceof IllegalArgumentException failure) {
            throw new IllegalArgumentException(failure.getMessage(), failure);
        }
        return value == Absent.INSTANCE ? null : (ASN1Encodable) value;
    }

    private Object decode(ASN1ObjectIdentifier oid) {
        Extensions extensions = holder.getExtensions();
        Extension extension = extensions == null ? null : extensions.getExtension(oid);
        if (extension == null) {
            return Absent.INSTANCE;
        }
        try {
            return extension.getParsedValue();
        } catch (IllegalArgumentException e) {
            return new IllegalArgumentException("extension " + oid + " is not valid DER: " + e.getMessage(), e);
        }
    }

    /** Marks an extension the certificate does not carry, because the cache cannot hold null. */
    private enum Absent {
        INSTANCE
    }

    /**
     * Returns the instant of a UTCTime or GeneralizedTime. The two forms RFC 5280 requires
     * (YYMMDDHHMMSSZ and YYYYMMDDHHMMSSZ) are read directly, because BouncyCastle's date parsing
     * costs several microseconds. Any other form goes to BouncyCastle.
     */
    static Instant instant(Time time) {
        String text = timeText(time.toASN1Primitive());
        try {
            if (text.length() == 13 && text.endsWith("Z")) {
                int year = Integer.parseInt(text, 0, 2, 10);
                return instant(year < 50 ? 2000 + year : 1900 + year, text, 2);
            }
            if (text.length() == 15 && text.endsWith("Z") && time.toASN1Primitive() instanceof ASN1GeneralizedTime) {
                return instant(Integer.parseInt(text, 0, 4, 10), text, 4);
            }
        } catch (NumberFormatException | DateTimeException e) {
            // Not one of the two RFC 5280 forms: BouncyCastle's parser decides below.
        }
        return time.getDate().toInstant();
    }

    /** Returns the time string exactly as encoded. */
    public static String timeText(ASN1Primitive time) {
        try {
            byte[] encoded = time.getEncoded(ASN1Encoding.DER);
            return new String(encoded, 2, encoded.length - 2, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(int year, String text, int offset) {
        return LocalDateTime.of(year, digits(text, offset), digits(text, offset + 2), digits(text, offset + 4),
                digits(text, offset + 6), digits(text, offset + 8)).toInstant(ZoneOffset.UTC);
    }

    private static int digits(String text, int offset) {
        return Integer.parseInt(text, offset, offset + 2, 10);
    }
}
