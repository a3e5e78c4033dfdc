package io.github.smimecheck.check.rules;

import io.github.smimecheck.check.rules.br.AdobeExtensionsRule;
import io.github.smimecheck.check.rules.br.AuthorityInformationAccessRule;
import io.github.smimecheck.check.rules.br.AuthorityKeyIdentifierRule;
import io.github.smimecheck.check.rules.br.BasicConstraintsRule;
import io.github.smimecheck.check.rules.br.CertificatePoliciesRule;
import io.github.smimecheck.check.rules.br.CertificateVersionRule;
import io.github.smimecheck.check.rules.br.CrlDistributionPointsRule;
import io.github.smimecheck.check.rules.br.EcPublicKeyValidationRule;
import io.github.smimecheck.check.rules.br.EmailProtectionEkuRule;
import io.github.smimecheck.check.rules.br.InternalNameRule;
import io.github.smimecheck.check.rules.br.KeyUsageBitsRule;
import io.github.smimecheck.check.rules.br.KeyUsagePresenceRule;
import io.github.smimecheck.check.rules.br.LegacyGenerationSunsetRule;
import io.github.smimecheck.check.rules.br.LeiExtensionsRule;
import io.github.smimecheck.check.rules.br.MailboxAddressInSanRule;
import io.github.smimecheck.check.rules.br.PolicyQualifierRule;
import io.github.smimecheck.check.rules.br.ProhibitedEkuRule;
import io.github.smimecheck.check.rules.br.PublicKeyAlgorithmRule;
import io.github.smimecheck.check.rules.br.QcStatementsRule;
import io.github.smimecheck.check.rules.br.RsaExponentRule;
import io.github.smimecheck.check.rules.br.RsaModulusFactorRule;
import io.github.smimecheck.check.rules.br.RsaModulusRule;
import io.github.smimecheck.check.rules.br.SerialNumberRule;
import io.github.smimecheck.check.rules.br.SignatureAlgorithmMatchRule;
import io.github.smimecheck.check.rules.br.SignatureAlgorithmRule;
import io.github.smimecheck.check.rules.br.SmimeCapabilitiesRule;
import io.github.smimecheck.check.rules.br.SmimeTypeKnownRule;
import io.github.smimecheck.check.rules.br.SubjectDirectoryAttributesRule;
import io.github.smimecheck.check.rules.br.SubjectKeyIdentifierRule;
import io.github.smimecheck.check.rules.br.ValidityPeriodRule;
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
import io.github.smimecheck.check.rules.br.name.UserPrincipalNameSyntaxRule;
import io.github.smimecheck.check.rules.policy.ApprovedIssuerRule;
import io.github.smimecheck.check.rules.br.ValidityTimeEncodingRule;
import io.github.smimecheck.check.rules.policy.CertificateExpiryRule;
import io.github.smimecheck.check.rules.policy.ExpiryWindowRule;
import io.github.smimecheck.check.rules.policy.KeyAlgorithmPolicyRule;
import io.github.smimecheck.check.rules.policy.KeyStrengthPolicyRule;
import io.github.smimecheck.check.rules.policy.MaximumValidityPolicyRule;
import io.github.smimecheck.check.rules.policy.RevocationStatusRule;
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
                new CertificateVersionRule(),
                new SerialNumberRule(),
                new ValidityPeriodRule(),
                new ValidityTimeEncodingRule(),
                new CertificatePoliciesRule(),
                new PolicyQualifierRule(),
                new LegacyGenerationSunsetRule(),
                new PublicKeyAlgorithmRule(),
                new RsaModulusRule(),
                new RsaExponentRule(),
                new RsaModulusFactorRule(),
                new EcPublicKeyValidationRule(),
                new SignatureAlgorithmRule(),
                new SignatureAlgorithmMatchRule(),
                new KeyUsagePresenceRule(),
                new KeyUsageBitsRule(),
                new EmailProtectionEkuRule(),
                new ProhibitedEkuRule(),
                new MailboxAddressInSanRule(),
                new BasicConstraintsRule(),
                new AuthorityKeyIdentifierRule(),
                new SubjectKeyIdentifierRule(),
                new CrlDistributionPointsRule(),
                new AuthorityInformationAccessRule(),
                new InternalNameRule(),
                new SubjectDirectoryAttributesRule(),
                new QcStatementsRule(),
                new LeiExtensionsRule(),
                new AdobeExtensionsRule(),
                new SmimeCapabilitiesRule(),
                new SanCriticalityRule(),
                new SanGeneralNameTypeRule(),
                new Rfc822NameSyntaxRule(),
                new SmtpUtf8MailboxSyntaxRule(),
                new UserPrincipalNameSyntaxRule(),
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
                new ApprovedIssuerRule(),
                new RevocationStatusRule());
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
