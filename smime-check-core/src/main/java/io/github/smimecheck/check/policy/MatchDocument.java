package io.github.smimecheck.check.policy;

/** The {@code match} section of an exception or owner entry, as written; see {@link CertificateMatcher}. */
record MatchDocument(String sha256, String issuer, String serial, String subject, String location) {

    CertificateMatcher toMatcher() {
        return new CertificateMatcher(sha256, issuer, serial, subject, location);
    }
}
