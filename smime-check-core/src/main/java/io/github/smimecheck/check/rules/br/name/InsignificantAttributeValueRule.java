package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;

/**
 * Subject attributes must not consist only of metadata such as '.', '-' or spaces (S/MIME BR
 * 7.1.4.2). A value made only of whitespace and punctuation characters, or an empty value, is
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

    static boolean isInsignificant(String value) {
        return value.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || isPunctuation(c));
    }

    private static boolean isPunctuation(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
