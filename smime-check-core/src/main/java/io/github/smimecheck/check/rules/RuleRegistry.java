package io.github.smimecheck.check.rules;

import io.github.smimecheck.check.rules.br.EcCurveRule;
import io.github.smimecheck.check.rules.br.EmailProtectionEkuRule;
import io.github.smimecheck.check.rules.br.MailboxAddressInSanRule;
import io.github.smimecheck.check.rules.br.RsaModulusRule;
import io.github.smimecheck.check.rules.br.SmimeTypeKnownRule;
import io.github.smimecheck.check.rules.br.ValidityPeriodRule;
import io.github.smimecheck.check.rules.br.WeakSignatureHashRule;
import io.github.smimecheck.check.rules.policy.CertificateExpiryRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one list of every rule. Adding a requirement means one new rule class and one line here;
 * the rules catalogue is generated from this list.
 */
public final class RuleRegistry {

    private RuleRegistry() {
    }

    /** Returns a new instance of every rule, Baseline Requirements first, then policy rules. */
    public static List<Rule> allRules() {
        return List.of(
                new SmimeTypeKnownRule(),
                new ValidityPeriodRule(),
                new RsaModulusRule(),
                new EcCurveRule(),
                new WeakSignatureHashRule(),
                new EmailProtectionEkuRule(),
                new MailboxAddressInSanRule(),
                new CertificateExpiryRule());
    }

    /** Returns every declared finding code by its code string, including the scanner's own codes. */
    public static Map<String, FindingCode> allCodes() {
        Map<String, FindingCode> codes = new LinkedHashMap<>();
        List<FindingCode> declared = new ArrayList<>();
        for (Rule rule : allRules()) {
            declared.addAll(rule.codes());
        }
        declared.add(RuleRunner.RULE_FAILED);
        declared.addAll(io.github.smimecheck.check.read.ReadProblems.CODES);
        declared.addAll(io.github.smimecheck.check.read.config.ConfigProblems.CODES);
        for (FindingCode code : declared) {
            FindingCode previous = codes.putIfAbsent(code.code(), code);
            if (previous != null && !previous.equals(code)) {
                throw new IllegalStateException("finding code " + code.code() + " is declared twice with different metadata");
            }
        }
        return codes;
    }
}
