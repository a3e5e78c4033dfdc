package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.Rule;

class KeyUsagePresenceRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new KeyUsagePresenceRule();
    }
}
