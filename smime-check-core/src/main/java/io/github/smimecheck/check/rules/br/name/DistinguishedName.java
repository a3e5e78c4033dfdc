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
 * subjectAltName, with a label that names it in messages.
 */
record DistinguishedName(String label, List<NameAttribute> attributes) {

    DistinguishedName {
        Objects.requireNonNull(label, "label");
        attributes = List.copyOf(attributes);
    }

    static DistinguishedName of(String label, X500Name name) {
        List<NameAttribute> attributes = new ArrayList<>();
        for (RDN rdn : name.getRDNs()) {
            for (AttributeTypeAndValue value : rdn.getTypesAndValues()) {
                attributes.add(NameAttribute.of(value.getType(), value.getValue()));
            }
        }
        return new DistinguishedName(label, attributes);
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
