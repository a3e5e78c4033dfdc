package io.github.smimecheck.check.rules;

import io.github.smimecheck.check.classify.Classification;
import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.inventory.IssuerIndex;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.revocation.RevocationChecker;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The view of one certificate that a rule checks: the parsed certificate, its classification, the policy in
 * force and the instant the scan evaluates ("as of"), taken from the injected clock. The fields
 * many rules read are decoded once and shared through {@link DecodedFields}, so one instance
 * belongs to one thread. The {@link IssuerIndex} holds the other certificates of the scan, to find
 * this certificate's issuer; it is empty when the certificate is checked on its own. The
 * {@link RevocationChecker} is the scan's, disabled unless the policy enables revocation checking.
 */
public record CertificateUnderTest(
        X509CertificateHolder holder, Classification classification, Policy policy, Instant asOf,
        DecodedFields decoded, IssuerIndex issuers, RevocationChecker revocation) {

    public CertificateUnderTest {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(decoded, "decoded");
        Objects.requireNonNull(issuers, "issuers");
        Objects.requireNonNull(revocation, "revocation");
    }

    public CertificateUnderTest(X509CertificateHolder holder, Classification classification, Policy policy,
            Instant asOf, DecodedFields decoded, IssuerIndex issuers) {
        this(holder, classification, policy, asOf, decoded, issuers, RevocationChecker.disabled());
    }

    public CertificateUnderTest(X509CertificateHolder holder, Classification classification, Policy policy,
            Instant asOf, IssuerIndex issuers, RevocationChecker revocation) {
        this(holder, classification, policy, asOf, new DecodedFields(holder), issuers, revocation);
    }

    public CertificateUnderTest(X509CertificateHolder holder, Classification classification, Policy policy,
            Instant asOf) {
        this(holder, classification, policy, asOf, IssuerIndex.empty());
    }

    public CertificateUnderTest(X509CertificateHolder holder, Classification classification, Policy policy,
            Instant asOf, IssuerIndex issuers) {
        this(holder, classification, policy, asOf, new DecodedFields(holder), issuers);
    }

    public CertificateUnderTest(X509CertificateHolder holder, Classification classification, Policy policy,
            Instant asOf, DecodedFields decoded) {
        this(holder, classification, policy, asOf, decoded, IssuerIndex.empty());
    }

    public Certificate asn1() {
        return holder.toASN1Structure();
    }

    public Optional<SmimeType> smimeType() {
        return classification.type();
    }

    /** Returns the extensions, never null: a certificate without any yields an empty set. */
    public Extensions extensions() {
        Extensions extensions = holder.getExtensions();
        return extensions == null ? new Extensions(new Extension[0]) : extensions;
    }

    /** Returns the extension with the given OID, or {@code null} when the certificate does not carry it. */
    public Extension extension(ASN1ObjectIdentifier oid) {
        Extensions extensions = holder.getExtensions();
        return extensions == null ? null : extensions.getExtension(oid);
    }

    /**
     * Returns the decoded value of the extension, or {@code null} when the certificate does not carry
     * it. The value is decoded once per certificate.
     *
     * @throws IllegalArgumentException when the extension value is not valid DER
     */
    public ASN1Encodable extensionValue(ASN1ObjectIdentifier oid) {
        return decoded.extensionValue(oid);
    }

    /**
     * Returns the RSA public key, decoded once per certificate, or {@code null} when the key is not
     * rsaEncryption.
     *
     * @throws java.io.UncheckedIOException when the key bits are not an RSAPublicKey
     */
    public RSAPublicKey rsaPublicKey() {
        return decoded.rsaPublicKey();
    }

    /**
     * Returns the certificate of the same scan whose public key verifies this certificate's
     * signature, or empty when the scan does not contain it.
     */
    public Optional<X509CertificateHolder> verifiedIssuer() {
        return issuers.verifiedIssuer(holder);
    }

    public Instant notBefore() {
        return decoded.notBefore();
    }

    public Instant notAfter() {
        return decoded.notAfter();
    }
}
