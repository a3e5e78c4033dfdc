package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Subject attribute values must respect the upper bounds of RFC 5280 Appendix A.1, which S/MIME
 * BR 7.1.4.2.2 a names for commonName and emailAddress and 7.1.4 applies to every attribute.
 * Lengths count characters (Unicode code points), as the ASN.1 SIZE constraints on the string
 * types do. Attributes without an RFC 5280 bound, such as streetAddress, are not checked.
 */
public final class AttributeLengthRule extends NameRule {

    public static final FindingCode TOO_LONG = FindingCode.error("smbr.subject.attribute_too_long",
            "S/MIME BR 7.1.4.2.2 a", "A subject attribute value exceeds its RFC 5280 upper bound.");

    /** The RFC 5280 upper bounds (ub-common-name and the others) per attribute type. */
    static final Map<ASN1ObjectIdentifier, Integer> MAX_LENGTHS = maxLengths();

    @Override
    public List<FindingCode> codes() {
        return List.of(TOO_LONG);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        for (DistinguishedName name : NamesUnderTest.all(certificate)) {
            for (NameAttribute attribute : name.attributes()) {
                Integer max = MAX_LENGTHS.get(attribute.type());
                if (max == null || attribute.text() == null) {
                    continue;
                }
                int length = attribute.text().codePointCount(0, attribute.text().length());
                if (length > max) {
                    findings.report(TOO_LONG, name.label() + " " + AttributeTypes.name(attribute.type()) + " is "
                            + length + " characters long; the maximum is " + max + "; reissue with a shorter value");
                }
            }
        }
    }

    private static Map<ASN1ObjectIdentifier, Integer> maxLengths() {
        Map<ASN1ObjectIdentifier, Integer> lengths = new LinkedHashMap<>();
        lengths.put(AttributeTypes.COMMON_NAME, 64);
        lengths.put(AttributeTypes.ORGANIZATION_NAME, 64);
        lengths.put(AttributeTypes.ORGANIZATIONAL_UNIT_NAME, 64);
        lengths.put(AttributeTypes.TITLE, 64);
        lengths.put(AttributeTypes.SERIAL_NUMBER, 64);
        lengths.put(AttributeTypes.LOCALITY_NAME, 128);
        lengths.put(AttributeTypes.STATE_OR_PROVINCE_NAME, 128);
        lengths.put(AttributeTypes.PSEUDONYM, 128);
        lengths.put(AttributeTypes.EMAIL_ADDRESS, 255);
        lengths.put(AttributeTypes.GIVEN_NAME, 32768);
        lengths.put(AttributeTypes.SURNAME, 32768);
        lengths.put(AttributeTypes.COUNTRY_NAME, 2);
        return lengths;
    }
}
