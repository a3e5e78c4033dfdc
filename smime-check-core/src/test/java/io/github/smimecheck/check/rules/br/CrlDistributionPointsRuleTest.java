package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.Rule;

class CrlDistributionPointsRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new CrlDistributionPointsRule();
    }
}
