package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1PrintableString;
import org.bouncycastle.asn1.ASN1UTF8String;

/**
 * Subject attribute values must use the string types RFC 5280 prescribes, which S/MIME BR 7.1.4
 * requires: DirectoryString attributes PrintableString or UTF8String (section 4.1.2.6), countryName
 * and serialNumber PrintableString (Appendix A.1). RFC 5280 still allows TeletexString, BMPString
 * and UniversalString for names established earlier in those encodings. This rule does not apply
 * that exception, so a CA relying on it must switch the code off in the policy. emailAddress and
 * organizationIdentifier are checked by their own rules.
 */
public final class AttributeEncodingRule extends NameRule {

    public static final FindingCode INVALID_ENCODING = FindingCode.error("smbr.subject.attribute_encoding_invalid",
            "S/MIME BR 7.1.4", "A subject attribute uses a string type RFC 5280 does not allow for it.");

    private static final Set<ASN1ObjectIdentifier> DIRECTORY_STRINGS = Set.of(AttributeTypes.COMMON_NAME,
            AttributeTypes.ORGANIZATION_NAME, AttributeTypes.ORGANIZATIONAL_UNIT_NAME, AttributeTypes.GIVEN_NAME,
            AttributeTypes.SURNAME, AttributeTypes.PSEUDONYM, AttributeTypes.TITLE, AttributeTypes.STREET_ADDRESS,
            AttributeTypes.LOCALITY_NAME, AttributeTypes.STATE_OR_PROVINCE_NAME, AttributeTypes.POSTAL_CODE);
    private static final Set<ASN1ObjectIdentifier> PRINTABLE_STRINGS = Set.of(AttributeTypes.COUNTRY_NAME,
            AttributeTypes.SERIAL_NUMBER);

    @Override
    public List<FindingCode> codes() {
        return List.of(INVALID_ENCODING);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        for (DistinguishedName name : NamesUnderTest.all(certificate)) {
            for (NameAttribute attribute : name.attributes()) {
                String expected = expectedTypes(attribute.type());
                if (expected != null && !matches(attribute.type(), attribute.rawValue())) {
                    findings.report(INVALID_ENCODING, name.label() + " " + AttributeTypes.name(attribute.type())
                            + " is encoded as " + attribute.rawValue().getClass().getSimpleName() + "; expected "
                            + expected + "; reissue with that encoding");
                }
            }
        }
    }

    private static String expectedTypes(ASN1ObjectIdentifier type) {
        if (DIRECTORY_STRINGS.contains(type)) {
            return "PrintableString or UTF8String";
        }
        return PRINTABLE_STRINGS.contains(type) ? "PrintableString" : null;
    }

    private static boolean matches(ASN1ObjectIdentifier type, ASN1Encodable value) {
        if (PRINTABLE_STRINGS.contains(type)) {
            return value instanceof ASN1PrintableString;
        }
        return value instanceof ASN1PrintableString || value instanceof ASN1UTF8String;
    }
}
