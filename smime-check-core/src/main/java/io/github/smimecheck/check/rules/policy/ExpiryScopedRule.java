package io.github.smimecheck.check.rules.policy;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.Rule;

/** Base of the date rules: they apply to the certificate categories in the policy's {@code expiry.categories}. */
abstract class ExpiryScopedRule implements Rule {

    @Override
    public boolean appliesTo(CertificateUnderTest certificate) {
        return certificate.policy().expiryCategories().contains(certificate.classification().category());
    }
}
