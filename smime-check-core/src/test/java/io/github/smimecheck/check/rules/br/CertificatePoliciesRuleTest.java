package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.Rule;

class CertificatePoliciesRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new CertificatePoliciesRule();
    }
}
