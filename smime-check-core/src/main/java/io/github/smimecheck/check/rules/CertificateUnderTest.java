package io.github.smimecheck.check.rules;

import io.github.smimecheck.check.classify.Classification;
import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.policy.Policy;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * What a rule sees of one certificate: the parsed certificate, its classification, the policy in
 * force and the instant the scan evaluates ("as of"), taken from the injected clock.
 */
public record CertificateUnderTest(
        X509CertificateHolder holder, Classification classification, Policy policy, Instant asOf) {

    public CertificateUnderTest {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
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

    public Instant notBefore() {
        return holder.getNotBefore().toInstant();
    }

    public Instant notAfter() {
        return holder.getNotAfter().toInstant();
    }
}
