package io.github.smimecheck.check.rules.br.name;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * A distinguished name the name rules check, the certificate subject or a directoryName of the
 * subjectAltName, with a label that names it in messages. The attributes are listed in name
 * order; the relative distinguished names that contain more than one attribute are kept as well.
 */
record DistinguishedName(String label, List<NameAttribute> attributes, List<List<NameAttribute>> multiValuedRdns) {

    DistinguishedName {
        Objects.requireNonNull(label, "label");
        attributes = List.copyOf(attributes);
        multiValuedRdns = List.copyOf(multiValuedRdns);
    }

    static DistinguishedName of(String label, X500Name name) {
        List<NameAttribute> attributes = new ArrayList<>();
        List<List<NameAttribute>> multiValuedRdns = new ArrayList<>();
        for (RDN rdn : name.getRDNs()) {
            List<NameAttribute> rdnAttributes = new ArrayList<>();
            for (AttributeTypeAndValue value : rdn.getTypesAndValues()) {
                rdnAttributes.add(NameAttribute.of(value.getType(), value.getValue()));
            }
            attributes.addAll(rdnAttributes);
            if (rdnAttributes.size() > 1) {
                multiValuedRdns.add(List.copyOf(rdnAttributes));
            }
        }
        return new DistinguishedName(label, attributes, multiValuedRdns);
    }

    boolean isEmpty() {
        return attributes.isEmpty();
    }

    boolean has(ASN1ObjectIdentifier type) {
        return attributes.stream().anyMatch(attribute -> attribute.type().equals(type));
    }

    /** Returns the attributes of one type, in name order. */
    List<NameAttribute> all(ASN1ObjectIdentifier type) {
        return attributes.stream().filter(attribute -> attribute.type().equals(type)).toList();
    }

    /** Returns the text values of one type, in name order, leaving out values that are not strings. */
    List<String> texts(ASN1ObjectIdentifier type) {
        return all(type).stream().map(NameAttribute::text).filter(Objects::nonNull).toList();
    }

    /** Returns each attribute type once, in order of first appearance. */
    Set<ASN1ObjectIdentifier> types() {
        Set<ASN1ObjectIdentifier> types = new LinkedHashSet<>();
        attributes.forEach(attribute -> types.add(attribute.type()));
        return types;
    }
}
