package io.github.smimecheck.check.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Builds CRLs and OCSP responses with BouncyCastle, signed by test CA keys. */
public final class TestRevocations {

    /** The CRLReason value for keyCompromise, the reason most tests revoke with. */
    public static final int KEY_COMPROMISE = CRLReason.keyCompromise;

    private TestRevocations() {
    }

    /** A revoked serial number with its revocation date and CRLReason value. */
    public record Revoked(BigInteger serial, Instant date, int reason) {
    }

    /** Returns a DER CRL for {@code issuer}, signed with {@code key}, listing the revoked serials. */
    public static byte[] crl(X500Name issuer, PrivateKey key, Instant thisUpdate, Instant nextUpdate,
            Revoked... revoked) {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer, Date.from(thisUpdate));
        if (nextUpdate != null) {
            builder.setNextUpdate(Date.from(nextUpdate));
        }
        for (Revoked entry : revoked) {
            builder.addCRLEntry(entry.serial(), Date.from(entry.date()), entry.reason());
        }
        try {
            X509CRLHolder crl = builder.build(new JcaContentSignerBuilder(signatureFor(key)).build(key));
            return crl.getEncoded();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("cannot sign a test CRL", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a successful DER OCSP response with one status for the serial of the certificate
     * {@code issuer} issued, signed with {@code key} and carrying {@code chain} for a delegated responder.
     *
     * @param status {@link CertificateStatus#GOOD}, a RevokedStatus or an UnknownStatus
     */
    public static byte[] ocspResponse(X509CertificateHolder issuer, BigInteger serial, CertificateStatus status,
            Instant thisUpdate, Instant nextUpdate, PrivateKey key, X509CertificateHolder... chain) {
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                    .get(CertificateID.HASH_SHA1), issuer, serial);
            X509CertificateHolder responder = chain.length > 0 ? chain[0] : issuer;
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(responder.getSubject()));
            builder.addResponse(id, status, Date.from(thisUpdate), nextUpdate == null ? null : Date.from(nextUpdate));
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL,
                    builder.build(new JcaContentSignerBuilder(signatureFor(key)).build(key), chain,
                            Date.from(thisUpdate))).getEncoded();
        } catch (OperatorCreationException | OCSPException e) {
            throw new IllegalStateException("cannot build a test OCSP response", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns an OCSP response with only a status, such as {@link OCSPRespBuilder#TRY_LATER}. */
    public static byte[] ocspError(int status) {
        try {
            return new OCSPRespBuilder().build(status, null).getEncoded();
        } catch (OCSPException e) {
            throw new IllegalStateException("cannot build a test OCSP response", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String signatureFor(PrivateKey key) {
        return key.getAlgorithm().startsWith("EC") ? "SHA256withECDSA" : "SHA256withRSA";
    }
}
