package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.Rule;

/**
 * Base of the subject and subjectAltName rules: they apply to S/MIME subscriber certificates only.
 * Rules whose limits depend on the certificate type return early when the type is unknown, because
 * the type rule reports that case once.
 */
abstract class NameRule implements Rule {

    @Override
    public boolean appliesTo(CertificateUnderTest certificate) {
        return certificate.classification().isSmime();
    }
}
