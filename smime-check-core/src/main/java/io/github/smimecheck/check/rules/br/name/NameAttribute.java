package io.github.smimecheck.check.rules.br.name;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;

/**
 * One attribute of a distinguished name: its type, its value as text (null when the value is not
 * a string type) and the raw value for encoding checks.
 */
record NameAttribute(ASN1ObjectIdentifier type, String text, ASN1Encodable rawValue) {

    static NameAttribute of(ASN1ObjectIdentifier type, ASN1Encodable value) {
        String text = value instanceof ASN1String string ? string.getString() : null;
        return new NameAttribute(type, text, value);
    }

    /** Returns the attribute as {@code name=value} for messages, for example {@code commonName="Alice"}. */
    String display() {
        return AttributeTypes.name(type) + "=\"" + (text == null ? "(not a string)" : text) + "\"";
    }
}
