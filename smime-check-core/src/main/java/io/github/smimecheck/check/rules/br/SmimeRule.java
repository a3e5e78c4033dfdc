package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.Rule;

/** Base of the Baseline Requirements rules: they apply to S/MIME subscriber certificates only. */
abstract class SmimeRule implements Rule {

    @Override
    public boolean appliesTo(CertificateUnderTest certificate) {
        return certificate.classification().isSmime();
    }
}
