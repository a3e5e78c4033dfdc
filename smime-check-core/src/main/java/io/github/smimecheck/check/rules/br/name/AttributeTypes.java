package io.github.smimecheck.check.rules.br.name;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The subject attribute types the S/MIME Baseline Requirements list for subscriber certificates
 * (7.1.4.2.2), with the names the BR uses for them.
 */
final class AttributeTypes {

    static final ASN1ObjectIdentifier COMMON_NAME = BCStyle.CN;
    static final ASN1ObjectIdentifier ORGANIZATION_NAME = BCStyle.O;
    static final ASN1ObjectIdentifier ORGANIZATIONAL_UNIT_NAME = BCStyle.OU;
    static final ASN1ObjectIdentifier ORGANIZATION_IDENTIFIER = BCStyle.ORGANIZATION_IDENTIFIER;
    static final ASN1ObjectIdentifier GIVEN_NAME = BCStyle.GIVENNAME;
    static final ASN1ObjectIdentifier SURNAME = BCStyle.SURNAME;
    static final ASN1ObjectIdentifier PSEUDONYM = BCStyle.PSEUDONYM;
    static final ASN1ObjectIdentifier SERIAL_NUMBER = BCStyle.SERIALNUMBER;
    static final ASN1ObjectIdentifier EMAIL_ADDRESS = BCStyle.EmailAddress;
    static final ASN1ObjectIdentifier TITLE = BCStyle.T;
    static final ASN1ObjectIdentifier STREET_ADDRESS = BCStyle.STREET;
    static final ASN1ObjectIdentifier LOCALITY_NAME = BCStyle.L;
    static final ASN1ObjectIdentifier STATE_OR_PROVINCE_NAME = BCStyle.ST;
    static final ASN1ObjectIdentifier POSTAL_CODE = BCStyle.POSTAL_CODE;
    static final ASN1ObjectIdentifier COUNTRY_NAME = BCStyle.C;

    /** The attributes listed in the BR tables, in table order. Any other type is "Other". */
    static final List<ASN1ObjectIdentifier> LISTED = List.of(COMMON_NAME, ORGANIZATION_NAME,
            ORGANIZATIONAL_UNIT_NAME, ORGANIZATION_IDENTIFIER, GIVEN_NAME, SURNAME, PSEUDONYM, SERIAL_NUMBER,
            EMAIL_ADDRESS, TITLE, STREET_ADDRESS, LOCALITY_NAME, STATE_OR_PROVINCE_NAME, POSTAL_CODE, COUNTRY_NAME);

    private static final Map<ASN1ObjectIdentifier, String> NAMES = names();

    private AttributeTypes() {
    }

    /** Returns the BR name and OID of a type, such as {@code commonName (2.5.4.3)}, or the OID alone. */
    static String name(ASN1ObjectIdentifier type) {
        String name = NAMES.get(type);
        return name == null ? type.getId() : name + " (" + type.getId() + ")";
    }

    private static Map<ASN1ObjectIdentifier, String> names() {
        Map<ASN1ObjectIdentifier, String> names = new LinkedHashMap<>();
        names.put(COMMON_NAME, "commonName");
        names.put(ORGANIZATION_NAME, "organizationName");
        names.put(ORGANIZATIONAL_UNIT_NAME, "organizationalUnitName");
        names.put(ORGANIZATION_IDENTIFIER, "organizationIdentifier");
        names.put(GIVEN_NAME, "givenName");
        names.put(SURNAME, "surname");
        names.put(PSEUDONYM, "pseudonym");
        names.put(SERIAL_NUMBER, "serialNumber");
        names.put(EMAIL_ADDRESS, "emailAddress");
        names.put(TITLE, "title");
        names.put(STREET_ADDRESS, "streetAddress");
        names.put(LOCALITY_NAME, "localityName");
        names.put(STATE_OR_PROVINCE_NAME, "stateOrProvinceName");
        names.put(POSTAL_CODE, "postalCode");
        names.put(COUNTRY_NAME, "countryName");
        return names;
    }
}
