package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;

/**
 * Subject attributes must not consist only of metadata such as '.', '-' or spaces (S/MIME BR
 * 7.1.4.2). A value without any letter, number or symbol (Unicode general categories L, N and S),
 * such as one made only of punctuation, spaces or control characters, or an empty value, is
 * reported. Words that mean a value is absent, such as "n/a", are not recognised.
 */
public final class InsignificantAttributeValueRule extends NameRule {

    public static final FindingCode INSIGNIFICANT = FindingCode.error("smbr.subject.attribute_value_insignificant",
            "S/MIME BR 7.1.4.2", "A subject attribute contains only spaces or punctuation.");

    @Override
    public List<FindingCode> codes() {
        return List.of(INSIGNIFICANT);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        for (DistinguishedName name : NamesUnderTest.all(certificate)) {
            for (NameAttribute attribute : name.attributes()) {
                if (attribute.text() != null && isInsignificant(attribute.text())) {
                    findings.report(INSIGNIFICANT, name.label() + " " + attribute.display() + " contains only spaces"
                            + " or punctuation; reissue with a validated value or without the attribute");
                }
            }
        }
    }

    /** Returns whether the value has no letter, number or symbol. */
    static boolean isInsignificant(String value) {
        return value.codePoints().noneMatch(InsignificantAttributeValueRule::isSignificant);
    }

    private static boolean isSignificant(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.MATH_SYMBOL,
                    Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
