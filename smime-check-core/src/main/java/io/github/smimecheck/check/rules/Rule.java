package io.github.smimecheck.check.rules;

import java.util.List;

/**
 * One requirement, checked on one certificate at a time. A rule declares every finding it can
 * emit, keeps no state between certificates and never decides severity: the runner applies the
 * policy's severity to each reported code.
 */
public interface Rule {

    /** Returns every finding this rule can report. */
    List<FindingCode> codes();

    /** Returns whether the rule applies to the certificate, for example only to S/MIME ones. */
    boolean appliesTo(CertificateUnderTest certificate);

    /** Checks the certificate and reports each violation to the sink. */
    void check(CertificateUnderTest certificate, FindingSink findings);
}
