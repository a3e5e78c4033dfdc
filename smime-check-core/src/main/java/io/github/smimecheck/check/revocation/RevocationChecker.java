package io.github.smimecheck.check.revocation;

import io.github.smimecheck.check.policy.RevocationSettings;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Establishes the revocation status of certificates for one scan, from the sources the policy's
 * {@code revocation.check} names. It is built once per scan, so each CRL URL is fetched at most
 * once. Every date is compared with the scan's as-of instant. The CRL cache is a concurrent map,
 * so several threads may share one checker.
 */
public final class RevocationChecker {

    private static final RevocationChecker DISABLED = new RevocationChecker(RevocationSettings.off(), null, null);

    private final RevocationSettings settings;
    private final CrlCheck crl;
    private final OcspCheck ocsp;

    private RevocationChecker(RevocationSettings settings, CrlCheck crl, OcspCheck ocsp) {
        this.settings = settings;
        this.crl = crl;
        this.ocsp = ocsp;
    }

    /** Returns a checker for the settings; one that sends no request when the settings are off. */
    public static RevocationChecker of(RevocationSettings settings, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (!settings.enabled()) {
            return DISABLED;
        }
        RevocationHttp http = new RevocationHttp(settings.timeout());
        return new RevocationChecker(settings, new CrlCheck(http, asOf), new OcspCheck(http, asOf));
    }

    /** Returns a checker that checks nothing, for certificates checked outside a scan. */
    public static RevocationChecker disabled() {
        return DISABLED;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * Returns the certificate's status. Without the verified issuer certificate no CRL or OCSP
     * response can be verified, so the status is unknown. In {@code crl-then-ocsp} mode OCSP is
     * queried only when the CRL gives no status.
     */
    public RevocationStatus check(X509CertificateHolder certificate, Optional<X509CertificateHolder> issuer) {
        if (!enabled()) {
            throw new IllegalStateException("revocation checking is off; call enabled() first");
        }
        if (issuer.isEmpty()) {
            return RevocationStatus.unknown("none", "the issuer certificate '" + certificate.getIssuer() + "' is not"
                    + " in the scan, so no CRL or OCSP response can be verified; add the issuing CA certificate"
                    + " to the scanned files");
        }
        return switch (settings.mode()) {
            case CRL -> crl.check(certificate, issuer.get());
            case OCSP -> ocsp.check(certificate, issuer.get());
            case CRL_THEN_OCSP -> crlThenOcsp(certificate, issuer.get());
            case OFF -> throw new IllegalStateException("unreachable: checked by enabled()");
        };
    }

    private RevocationStatus crlThenOcsp(X509CertificateHolder certificate, X509CertificateHolder issuer) {
        RevocationStatus fromCrl = crl.check(certificate, issuer);
        if (fromCrl.state() != RevocationStatus.State.UNKNOWN) {
            return fromCrl;
        }
        RevocationStatus fromOcsp = ocsp.check(certificate, issuer);
        if (fromOcsp.state() != RevocationStatus.State.UNKNOWN) {
            return fromOcsp;
        }
        return RevocationStatus.unknown(fromCrl.source() + ", " + fromOcsp.source(),
                fromCrl.detail() + "; " + fromOcsp.detail());
    }
}
