package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Optional;

/**
 * The subjectAltName extension should not be critical while the subject has attributes
 * (S/MIME BR 7.1.2.3 h), and must be critical when the subject is an empty sequence, because the
 * extension then carries the only name (RFC 5280 section 4.2.1.6).
 */
public final class SanCriticalityRule extends NameRule {

    public static final FindingCode CRITICAL = FindingCode.warning("smbr.san.critical", "S/MIME BR 7.1.2.3 h",
            "The subjectAltName extension is critical although the subject is not empty.");
    public static final FindingCode NOT_CRITICAL_WITH_EMPTY_SUBJECT = FindingCode.error(
            "smbr.san.not_critical_with_empty_subject", "RFC 5280 4.2.1.6",
            "The subject is empty and the subjectAltName extension is not critical.");

    @Override
    public List<FindingCode> codes() {
        return List.of(CRITICAL, NOT_CRITICAL_WITH_EMPTY_SUBJECT);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        Optional<SubjectAltName> san = SubjectAltName.of(certificate);
        if (san.isEmpty()) {
            return;
        }

        boolean emptySubject = NamesUnderTest.subject(certificate).isEmpty();
        if (emptySubject && !san.get().critical()) {
            findings.report(NOT_CRITICAL_WITH_EMPTY_SUBJECT, "the subject is empty and subjectAltName is not"
                    + " critical; expected a critical subjectAltName; reissue with the extension marked critical");
        } else if (!emptySubject && san.get().critical()) {
            findings.report(CRITICAL, "subjectAltName is critical while the subject has attributes; expected a"
                    + " non-critical extension; issue future certificates with it non-critical");
        }
    }
}
