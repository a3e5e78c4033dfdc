package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reference of an LEI organizationIdentifier must be a Legal Entity Identifier (S/MIME BR
 * Appendix A, ISO 17442): 18 upper-case letters or digits and 2 check digits, such that the
 * number formed by replacing each letter with its value (A=10 to Z=35) leaves remainder 1 modulo 97.
 */
public final class LeiOrganizationIdentifierRule extends NameRule {

    public static final FindingCode INVALID_LEI = FindingCode.error("smbr.subject.org_identifier_lei_invalid",
            "S/MIME BR Appendix A", "The LEI in the organizationIdentifier has an invalid format or checksum.");

    private static final Pattern LEI_FORMAT = Pattern.compile("[0-9A-Z]{18}[0-9]{2}");
    private static final BigInteger MODULUS = BigInteger.valueOf(97);

    @Override
    public List<FindingCode> codes() {
        return List.of(INVALID_LEI);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        forEachAttribute(certificate, AttributeTypes.ORGANIZATION_IDENTIFIER, (name, attribute) -> {
            Optional<OrganizationIdentifier> parsed = Optional.ofNullable(attribute.text())
                    .flatMap(OrganizationIdentifier::parse);
            if (parsed.isPresent() && "LEI".equals(parsed.get().scheme()) && parsed.get().hasReference()) {
                problem(parsed.get().reference()).ifPresent(reason -> findings.report(INVALID_LEI, name.label()
                        + " organizationIdentifier \"" + attribute.text() + "\" " + reason + "; reissue with the"
                        + " LEI from the GLEIF record"));
            }
        });
    }

    static Optional<String> problem(String lei) {
        if (!LEI_FORMAT.matcher(lei).matches()) {
            return Optional.of("has the reference " + lei + ", which is not 18 letters or digits and 2 check digits");
        }
        if (!isChecksumValid(lei)) {
            return Optional.of("has the LEI " + lei + ", whose check digits are wrong (ISO 17442 mod 97)");
        }
        return Optional.empty();
    }

    static boolean isChecksumValid(String lei) {
        StringBuilder digits = new StringBuilder();
        for (char c : lei.toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        return new BigInteger(digits.toString()).mod(MODULUS).intValue() == 1;
    }
}
