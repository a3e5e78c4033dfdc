package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A German trade register identifier (scheme NTR, country DE) should use the EUID as registration
 * reference (S/MIME BR 7.1.4.2.2 d, Note 3): country code DE, the register identifier, a dot and
 * the local reference, as in {@code NTRDE-DER3306.HRB12345}. The EUID has no subdivision, so
 * {@code NTRDE+BE-...} is reported too. A warning, because the BR uses SHOULD here.
 */
public final class GermanNtrEuidRule extends NameRule {

    public static final FindingCode NOT_EUID = FindingCode.warning("smbr.subject.org_identifier_ntr_de_not_euid",
            "S/MIME BR 7.1.4.2.2 d", "A German NTR organizationIdentifier does not use the EUID reference.");

    private static final Pattern EUID = Pattern.compile("(?<country>[A-Z]{2})(?<register>.+)\\.(?<local>.+)");

    @Override
    public List<FindingCode> codes() {
        return List.of(NOT_EUID);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        forEachAttribute(certificate, AttributeTypes.ORGANIZATION_IDENTIFIER, (name, attribute) -> {
            Optional<OrganizationIdentifier> parsed = Optional.ofNullable(attribute.text())
                    .flatMap(OrganizationIdentifier::parse);
            boolean germanNtr = parsed.isPresent() && "NTR".equals(parsed.get().scheme())
                    && "DE".equals(parsed.get().country()) && parsed.get().hasReference();
            if (germanNtr) {
                problem(parsed.get()).ifPresent(reason -> findings.report(NOT_EUID, name.label()
                        + " organizationIdentifier \"" + attribute.text() + "\" " + reason + "; expected an EUID"
                        + " such as NTRDE-DER3306.HRB12345; use the EUID in future certificates"));
            }
        });
    }

    private static Optional<String> problem(OrganizationIdentifier identifier) {
        if (identifier.hasStateOrProvince()) {
            return Optional.of("names the subdivision " + identifier.stateOrProvince());
        }
        Matcher matcher = EUID.matcher(identifier.reference());
        if (!matcher.matches()) {
            return Optional.of("has the reference " + identifier.reference() + ", which is not an EUID");
        }
        if (!"DE".equals(matcher.group("country"))) {
            return Optional.of("has an EUID with country " + matcher.group("country") + " instead of DE");
        }
        return Optional.empty();
    }
}
