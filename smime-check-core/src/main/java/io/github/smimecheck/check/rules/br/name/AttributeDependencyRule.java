package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Address attributes may only appear with the attributes they depend on (S/MIME BR 7.1.4.2.2 j to
 * m). streetAddress needs localityName or stateOrProvinceName, and localityName,
 * stateOrProvinceName and postalCode need countryName. The rule checks the subject and each
 * directoryName.
 */
public final class AttributeDependencyRule extends NameRule {

    public static final FindingCode REQUIRED_MISSING = FindingCode.error(
            "smbr.subject.dependent_attribute_without_required", "S/MIME BR 7.1.4.2.2 j-m",
            "An address attribute is present without the attribute it depends on.");

    /** Each dependent attribute and the attributes of which at least one must be present with it. */
    private static final Map<ASN1ObjectIdentifier, List<ASN1ObjectIdentifier>> DEPENDENCIES = dependencies();

    @Override
    public List<FindingCode> codes() {
        return List.of(REQUIRED_MISSING);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        for (DistinguishedName name : NamesUnderTest.all(certificate)) {
            DEPENDENCIES.forEach((dependent, required) -> {
                if (name.has(dependent) && required.stream().noneMatch(name::has)) {
                    String expected = required.stream().map(AttributeTypes::name).collect(Collectors.joining(" or "));
                    findings.report(REQUIRED_MISSING, name.label() + " contains " + AttributeTypes.name(dependent)
                            + " without " + expected + "; reissue with " + expected + " or without "
                            + AttributeTypes.name(dependent));
                }
            });
        }
    }

    private static Map<ASN1ObjectIdentifier, List<ASN1ObjectIdentifier>> dependencies() {
        Map<ASN1ObjectIdentifier, List<ASN1ObjectIdentifier>> dependencies = new LinkedHashMap<>();
        dependencies.put(AttributeTypes.STREET_ADDRESS,
                List.of(AttributeTypes.LOCALITY_NAME, AttributeTypes.STATE_OR_PROVINCE_NAME));
        dependencies.put(AttributeTypes.LOCALITY_NAME, List.of(AttributeTypes.COUNTRY_NAME));
        dependencies.put(AttributeTypes.STATE_OR_PROVINCE_NAME, List.of(AttributeTypes.COUNTRY_NAME));
        dependencies.put(AttributeTypes.POSTAL_CODE, List.of(AttributeTypes.COUNTRY_NAME));
        return dependencies;
    }
}
