package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.Rule;
import java.util.function.BiConsumer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Base of the subject and subjectAltName rules: they apply to S/MIME subscriber certificates only.
 * Rules whose limits depend on the certificate type return early when the type is unknown, because
 * the type rule reports that case once.
 */
abstract class NameRule implements Rule {

    @Override
    public boolean appliesTo(CertificateUnderTest certificate) {
        return certificate.classification().isSmime();
    }

    /** Calls the action for each attribute of the type in the subject and in every directoryName. */
    static void forEachAttribute(CertificateUnderTest certificate, ASN1ObjectIdentifier type,
            BiConsumer<DistinguishedName, NameAttribute> action) {
        for (DistinguishedName name : NamesUnderTest.all(certificate)) {
            for (NameAttribute attribute : name.all(type)) {
                action.accept(name, attribute);
            }
        }
    }
}
