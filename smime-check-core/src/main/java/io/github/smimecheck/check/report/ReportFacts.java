package io.github.smimecheck.check.report;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.classify.Classification;
import io.github.smimecheck.check.verdict.ExceptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Labels and lookups that several report formats show the same way. */
final class ReportFacts {

    /** Number of hexadecimal digits of a SHA-256 shown next to a subject to tell certificates apart. */
    static final int SHORT_DIGEST_LENGTH = 12;

    private ReportFacts() {
    }

    static String subject(CertificateResult certificate) {
        String subject = certificate.certificate().getSubject().toString();
        return subject.isEmpty() ? "(empty subject)" : subject;
    }

    static String issuer(CertificateResult certificate) {
        return certificate.certificate().getIssuer().toString();
    }

    static Instant notBefore(CertificateResult certificate) {
        return certificate.certificate().getNotBefore().toInstant();
    }

    static Instant notAfter(CertificateResult certificate) {
        return certificate.certificate().getNotAfter().toInstant();
    }

    /** Returns whole days from the as-of instant to notAfter, negative once the certificate has expired. */
    static long daysToExpiry(CertificateResult certificate, Instant asOf) {
        return Math.floorDiv(Duration.between(asOf, notAfter(certificate)).toSeconds(), Duration.ofDays(1).toSeconds());
    }

    /** Returns the category and, for S/MIME, the type, such as {@code S/MIME MAILBOX/STRICT} or {@code CA}. */
    static String kind(CertificateResult certificate) {
        Classification classification = certificate.classification();
        return switch (classification.category()) {
            case SMIME -> classification.type().map(type -> "S/MIME " + type).orElse("S/MIME (type unknown)");
            case CA -> "CA";
            case TLS_SERVER -> "TLS server";
            case OTHER -> "Other";
        };
    }

    static String ownerId(CertificateResult certificate) {
        return certificate.ownerEntry().map(owner -> owner.id()).orElse("");
    }

    static String shortDigest(String sha256) {
        return sha256.length() <= SHORT_DIGEST_LENGTH ? sha256 : sha256.substring(0, SHORT_DIGEST_LENGTH);
    }

    static Map<String, ExceptionStatus> exceptionsById(ScanResult result) {
        Map<String, ExceptionStatus> byId = new LinkedHashMap<>();
        result.exceptions().forEach(exception -> byId.putIfAbsent(exception.id(), exception));
        return byId;
    }

    /** Returns the justification shown for a covered finding: the exception id, then its reason when known. */
    static String justification(String exceptionId, Map<String, ExceptionStatus> exceptions) {
        Optional<ExceptionStatus> exception = Optional.ofNullable(exceptions.get(exceptionId));
        String reason = exception.map(ExceptionStatus::reason).filter(text -> text != null && !text.isBlank())
                .map(text -> ": " + text).orElse("");
        return "exception " + exceptionId + reason;
    }

    /** Returns the file of the configuration role (policy, exceptions, owners), if one was used. */
    static Optional<String> configurationPath(ScanResult result, String role) {
        return result.configuration().stream().filter(file -> file.role().equals(role)).map(file -> file.path())
                .findFirst();
    }
}
