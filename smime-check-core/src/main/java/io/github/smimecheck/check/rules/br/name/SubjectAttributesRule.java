package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.classify.ValidationType;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import io.github.smimecheck.check.rules.br.name.SubjectAttributeTable.Presence;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * The subject, and every directoryName of the subjectAltName, must contain the attributes the type's
 * table marks SHALL and none it marks SHALL NOT (S/MIME BR 7.1.4.2.3 to 7.1.4.2.6). Unlisted
 * attributes are allowed only in legacy organization-, sponsor- and individual-validated
 * certificates. Sponsor- and individual-validated multipurpose and strict certificates must also
 * name the person with givenName, surname or pseudonym. Their legacy generation may use only a
 * commonName instead. Skipped when the certificate type is unknown.
 */
public final class SubjectAttributesRule extends NameRule {

    private static final String SECTION = "S/MIME BR 7.1.4.2.3-7.1.4.2.6";

    public static final FindingCode REQUIRED_MISSING = FindingCode.error("smbr.subject.required_attribute_missing",
            SECTION, "A subject attribute the certificate type requires is missing.");
    public static final FindingCode PROHIBITED = FindingCode.error("smbr.subject.attribute_prohibited", SECTION,
            "The subject contains an attribute the certificate type prohibits.");
    public static final FindingCode OTHER_PROHIBITED = FindingCode.error("smbr.subject.other_attribute_prohibited",
            SECTION, "The subject contains an attribute the BR tables do not list, which only legacy OV, SV and IV"
                    + " certificates allow.");
    public static final FindingCode PERSONAL_NAME_MISSING = FindingCode.error("smbr.subject.personal_name_missing",
            SECTION, "A sponsor- or individual-validated subject has no givenName, surname or pseudonym.");

    private static final List<ASN1ObjectIdentifier> PERSONAL_NAME = List.of(AttributeTypes.GIVEN_NAME,
            AttributeTypes.SURNAME, AttributeTypes.PSEUDONYM);

    @Override
    public List<FindingCode> codes() {
        return List.of(REQUIRED_MISSING, PROHIBITED, OTHER_PROHIBITED, PERSONAL_NAME_MISSING);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        Optional<SmimeType> type = certificate.smimeType();
        if (type.isEmpty()) {
            return;
        }
        for (DistinguishedName name : NamesUnderTest.all(certificate)) {
            checkTable(type.get(), name, findings);
            checkPersonalName(type.get(), name, findings);
        }
    }

    private static void checkTable(SmimeType type, DistinguishedName name, FindingSink findings) {
        for (Map.Entry<ASN1ObjectIdentifier, Presence> cell : SubjectAttributeTable.column(type).entrySet()) {
            if (cell.getValue() == Presence.SHALL && !name.has(cell.getKey())) {
                findings.report(REQUIRED_MISSING, name.label() + " lacks " + AttributeTypes.name(cell.getKey())
                        + ", which " + type + " certificates require; reissue with the validated value");
            }
        }

        for (ASN1ObjectIdentifier attribute : name.types()) {
            Presence presence = SubjectAttributeTable.presence(type, attribute);
            if (presence == Presence.SHALL_NOT) {
                findings.report(PROHIBITED, name.label() + " contains " + AttributeTypes.name(attribute) + ", which "
                        + type + " certificates must not contain; reissue without it");
            } else if (presence == null && !SubjectAttributeTable.allowsOtherAttributes(type)) {
                findings.report(OTHER_PROHIBITED, name.label() + " contains the unlisted attribute "
                        + attribute.getId() + ", which " + type + " certificates must not contain; reissue without"
                        + " it");
            }
        }
    }

    private static void checkPersonalName(SmimeType type, DistinguishedName name, FindingSink findings) {
        ValidationType validation = type.validationType();
        if (validation != ValidationType.SPONSORED && validation != ValidationType.INDIVIDUAL) {
            return;
        }
        if (PERSONAL_NAME.stream().anyMatch(name::has)) {
            return;
        }
        boolean legacy = type.generation() == Generation.LEGACY;
        if (legacy && name.has(AttributeTypes.COMMON_NAME)) {
            return;
        }
        String accepted = legacy ? "givenName, surname, pseudonym or commonName" : "givenName, surname or pseudonym";
        findings.report(PERSONAL_NAME_MISSING, name.label() + " has none of " + accepted + ", one of which " + type
                + " certificates require; reissue with the subject's validated name or pseudonym");
    }
}
