package io.github.smimecheck.check.read;

import io.github.smimecheck.check.rules.FindingCode;
import java.util.List;

/**
 * Finding codes for content that could not be read. They fail the build by default because
 * unverifiable content fails closed; the policy can lower them.
 */
public final class ReadProblems {

    public static final FindingCode FILE_UNREADABLE = FindingCode.error("scan.file.unreadable", "smime-check",
            "A file or folder could not be read from disk.");
    public static final FindingCode CERTIFICATE_INVALID = FindingCode.error("scan.certificate.invalid", "RFC 5280",
            "A certificate could not be parsed as DER X.509.");
    public static final FindingCode CONTENT_INVALID = FindingCode.error("scan.content.invalid", "smime-check",
            "A file that looks like certificate content (PEM, PKCS#7, keystore) could not be parsed.");
    public static final FindingCode KEYSTORE_LOCKED = FindingCode.error("scan.keystore.password", "smime-check",
            "A keystore could not be opened with any configured password.");
    public static final FindingCode CERTIFICATE_UNCLASSIFIABLE = FindingCode.error("scan.certificate.unclassifiable",
            "RFC 5280", "A certificate's basicConstraints, extendedKeyUsage, subjectAltName or certificatePolicies"
                    + " extension could not be decoded, so it could not be classified and checked.");
    public static final FindingCode LIMIT_EXCEEDED = FindingCode.error("scan.limit.exceeded", "smime-check",
            "An archive or file exceeded a scan limit (depth, entries, inflated bytes) and was not fully read.");

    public static final List<FindingCode> CODES = List.of(
            FILE_UNREADABLE, CERTIFICATE_INVALID, CERTIFICATE_UNCLASSIFIABLE, CONTENT_INVALID, KEYSTORE_LOCKED, LIMIT_EXCEEDED);

    private ReadProblems() {
    }

    /** Returns the most specific message of a failure, for the reason part of a problem message. */
    public static String reason(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
