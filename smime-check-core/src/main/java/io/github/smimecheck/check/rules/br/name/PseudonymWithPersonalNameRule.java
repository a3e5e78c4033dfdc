package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;

/**
 * A pseudonym must not appear together with givenName or surname, in the subject or in a
 * directoryName of the subjectAltName (S/MIME BR 7.1.4.2.2 e and f).
 */
public final class PseudonymWithPersonalNameRule extends NameRule {

    public static final FindingCode MIXED = FindingCode.error("smbr.subject.pseudonym_with_personal_name",
            "S/MIME BR 7.1.4.2.2 e", "The subject contains a pseudonym together with givenName or surname.");

    @Override
    public List<FindingCode> codes() {
        return List.of(MIXED);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        for (DistinguishedName name : NamesUnderTest.all(certificate)) {
            boolean personalName = name.has(AttributeTypes.GIVEN_NAME) || name.has(AttributeTypes.SURNAME);
            if (name.has(AttributeTypes.PSEUDONYM) && personalName) {
                findings.report(MIXED, name.label() + " contains a pseudonym and a givenName or surname; expected"
                        + " either the pseudonym or the personal name; reissue with only one of them");
            }
        }
    }
}
