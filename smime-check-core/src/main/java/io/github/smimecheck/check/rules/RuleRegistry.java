package io.github.smimecheck.check.rules;

import io.github.smimecheck.check.rules.br.EcCurveRule;
import io.github.smimecheck.check.rules.br.EmailProtectionEkuRule;
import io.github.smimecheck.check.rules.br.MailboxAddressInSanRule;
import io.github.smimecheck.check.rules.br.RsaModulusRule;
import io.github.smimecheck.check.rules.br.SmimeTypeKnownRule;
import io.github.smimecheck.check.rules.br.ValidityPeriodRule;
import io.github.smimecheck.check.rules.br.WeakSignatureHashRule;
import io.github.smimecheck.check.rules.br.name.AttributeDependencyRule;
import io.github.smimecheck.check.rules.br.name.AttributeEncodingRule;
import io.github.smimecheck.check.rules.br.name.AttributeLengthRule;
import io.github.smimecheck.check.rules.br.name.CommonNameSourceRule;
import io.github.smimecheck.check.rules.br.name.CountryCodeRule;
import io.github.smimecheck.check.rules.br.name.EmailAddressAttributeRule;
import io.github.smimecheck.check.rules.br.name.GermanNtrEuidRule;
import io.github.smimecheck.check.rules.br.name.InsignificantAttributeValueRule;
import io.github.smimecheck.check.rules.br.name.LeiOrganizationIdentifierRule;
import io.github.smimecheck.check.rules.br.name.MailboxDomainRule;
import io.github.smimecheck.check.rules.br.name.MailboxRepeatedInSanRule;
import io.github.smimecheck.check.rules.br.name.MultiValuedRdnRule;
import io.github.smimecheck.check.rules.br.name.OrganizationIdentifierCountryRule;
import io.github.smimecheck.check.rules.br.name.OrganizationIdentifierSyntaxRule;
import io.github.smimecheck.check.rules.br.name.PseudonymWithPersonalNameRule;
import io.github.smimecheck.check.rules.br.name.Rfc822NameSyntaxRule;
import io.github.smimecheck.check.rules.br.name.SanCriticalityRule;
import io.github.smimecheck.check.rules.br.name.SanGeneralNameTypeRule;
import io.github.smimecheck.check.rules.br.name.SmtpUtf8MailboxSyntaxRule;
import io.github.smimecheck.check.rules.br.name.SubjectAttributesRule;
import io.github.smimecheck.check.rules.policy.ApprovedIssuerRule;
import io.github.smimecheck.check.rules.policy.CertificateExpiryRule;
import io.github.smimecheck.check.rules.policy.ExpiryWindowRule;
import io.github.smimecheck.check.rules.policy.KeyAlgorithmPolicyRule;
import io.github.smimecheck.check.rules.policy.KeyStrengthPolicyRule;
import io.github.smimecheck.check.rules.policy.MaximumValidityPolicyRule;
import io.github.smimecheck.check.rules.policy.SignatureAlgorithmPolicyRule;
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
                new SanCriticalityRule(),
                new SanGeneralNameTypeRule(),
                new Rfc822NameSyntaxRule(),
                new SmtpUtf8MailboxSyntaxRule(),
                new MailboxDomainRule(),
                new MailboxRepeatedInSanRule(),
                new EmailAddressAttributeRule(),
                new SubjectAttributesRule(),
                new PseudonymWithPersonalNameRule(),
                new CommonNameSourceRule(),
                new AttributeDependencyRule(),
                new CountryCodeRule(),
                new InsignificantAttributeValueRule(),
                new MultiValuedRdnRule(),
                new AttributeLengthRule(),
                new AttributeEncodingRule(),
                new OrganizationIdentifierSyntaxRule(),
                new OrganizationIdentifierCountryRule(),
                new GermanNtrEuidRule(),
                new LeiOrganizationIdentifierRule(),
                new CertificateExpiryRule(),
                new ExpiryWindowRule(),
                new KeyAlgorithmPolicyRule(),
                new KeyStrengthPolicyRule(),
                new SignatureAlgorithmPolicyRule(),
                new MaximumValidityPolicyRule(),
                new ApprovedIssuerRule());
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
        declared.addAll(io.github.smimecheck.check.verdict.VerdictCodes.ALL);
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
