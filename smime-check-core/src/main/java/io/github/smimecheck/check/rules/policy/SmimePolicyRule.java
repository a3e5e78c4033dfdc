package io.github.smimecheck.check.rules.policy;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.Rule;

/** Base of the policy rules that apply to S/MIME subscriber certificates only. */
abstract class SmimePolicyRule implements Rule {

    @Override
    public boolean appliesTo(CertificateUnderTest certificate) {
        return certificate.classification().isSmime();
    }
}
