package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.Rule;

class PublicKeyAlgorithmRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new PublicKeyAlgorithmRule();
    }
}
