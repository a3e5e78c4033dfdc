package io.github.smimecheck.check.classify;

/** The purpose of a certificate, as far as the S/MIME rules are concerned. */
public enum Category {
    /** An S/MIME subscriber (end-entity) certificate: the S/MIME Baseline Requirements apply. */
    SMIME,
    /** A certificate authority: basicConstraints cA=true. */
    CA,
    /** A TLS server certificate: serverAuth EKU without emailProtection. */
    TLS_SERVER,
    /** Anything else: client authentication, code signing, time stamping, no usage at all. */
    OTHER
}
