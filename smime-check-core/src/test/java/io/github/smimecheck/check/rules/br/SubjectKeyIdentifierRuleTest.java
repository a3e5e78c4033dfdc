package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.Rule;

class SubjectKeyIdentifierRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new SubjectKeyIdentifierRule();
    }
}
