package io.github.smimecheck.check.inventory;

import java.security.Provider;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * The certificates of one scan indexed by subject DN, to find the certificate that issued another.
 * A candidate is a certificate whose subject equals the certificate's issuer DN and, when both
 * carry a key identifier, whose subjectKeyIdentifier equals the certificate's authorityKeyIdentifier.
 * Only a candidate whose public key verifies the certificate's signature counts, so a look-alike CA
 * with the same name, or even the same key identifier, is never taken for the issuer.
 *
 * <p>Signatures are verified on the first request for a certificate and the result is cached, so
 * a scan whose policy pins no CA key verifies no signatures. Safe for use from several threads.
 */
public final class IssuerIndex {

    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
    private static final IssuerIndex EMPTY = new IssuerIndex(List.of());

    private final Map<X500Name, List<X509CertificateHolder>> bySubject = new HashMap<>();
    private final Map<X509CertificateHolder, Optional<X509CertificateHolder>> verified = new ConcurrentHashMap<>();

    private IssuerIndex(Collection<X509CertificateHolder> certificates) {
        for (X509CertificateHolder certificate : certificates) {
            bySubject.computeIfAbsent(certificate.getSubject(), subject -> new ArrayList<>()).add(certificate);
        }
    }

    /** Returns an index of the inventory's certificates. */
    public static IssuerIndex of(Inventory inventory) {
        return of(inventory.entries().stream().map(CertificateEntry::certificate).toList());
    }

    public static IssuerIndex of(Collection<X509CertificateHolder> certificates) {
        return new IssuerIndex(certificates);
    }

    /** Returns an index without certificates: no issuer is ever found. */
    public static IssuerIndex empty() {
        return EMPTY;
    }

    /**
     * Returns the indexed certificate whose public key verifies this certificate's signature, or
     * empty when none of the candidates does. When several verify (the same CA key in re-issued
     * CA certificates), the first found is returned, because they share the key.
     */
    public Optional<X509CertificateHolder> verifiedIssuer(X509CertificateHolder certificate) {
        return verified.computeIfAbsent(certificate, this::findIssuer);
    }

    private Optional<X509CertificateHolder> findIssuer(X509CertificateHolder certificate) {
        byte[] authorityKeyId = authorityKeyIdentifier(certificate);
        for (X509CertificateHolder candidate : bySubject.getOrDefault(certificate.getIssuer(), List.of())) {
            byte[] subjectKeyId = subjectKeyIdentifier(candidate);
            boolean keyIdsDiffer = authorityKeyId != null && subjectKeyId != null
                    && !Arrays.equals(authorityKeyId, subjectKeyId);
            if (!keyIdsDiffer && signatureVerifies(certificate, candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns whether the candidate's public key verifies the certificate's signature. When
     * BouncyCastle cannot process the key or the signature algorithm, the candidate does not verify.
     * BouncyCastle reports a malformed key or signature with unchecked exceptions as well.
     */
    private static boolean signatureVerifies(X509CertificateHolder certificate, X509CertificateHolder candidate) {
        try {
            return certificate.isSignatureValid(
                    new JcaContentVerifierProviderBuilder().setProvider(BOUNCY_CASTLE).build(candidate));
        } catch (OperatorCreationException | CertificateException | CertException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] authorityKeyIdentifier(X509CertificateHolder certificate) {
        return keyIdentifier(certificate, extensions -> {
            AuthorityKeyIdentifier identifier = AuthorityKeyIdentifier.fromExtensions(extensions);
            return identifier == null ? null : identifier.getKeyIdentifierOctets();
        });
    }

    private static byte[] subjectKeyIdentifier(X509CertificateHolder certificate) {
        return keyIdentifier(certificate, extensions -> {
            SubjectKeyIdentifier identifier = SubjectKeyIdentifier.fromExtensions(extensions);
            return identifier == null ? null : identifier.getKeyIdentifier();
        });
    }

    /** Returns the key identifier that {@code read} decodes, or null when it is absent or not valid DER. */
    private static byte[] keyIdentifier(X509CertificateHolder certificate, Function<Extensions, byte[]> read) {
        Extensions extensions = certificate.getExtensions();
        if (extensions == null) {
            return null;
        }
        try {
            return read.apply(extensions);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
