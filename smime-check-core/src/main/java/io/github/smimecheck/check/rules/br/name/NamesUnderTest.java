package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * Collects the distinguished names the subject rules check: the subject and every directoryName
 * of the subjectAltName, because S/MIME BR 7.1.4.2.1 requires a directoryName to meet the same
 * subject requirements as the subject of that certificate type.
 */
final class NamesUnderTest {

    static final String SUBJECT = "subject";

    private NamesUnderTest() {
    }

    static DistinguishedName subject(CertificateUnderTest certificate) {
        return DistinguishedName.of(SUBJECT, certificate.holder().getSubject());
    }

    /**
     * Returns the subject first, then each directoryName labelled by its position among them. A
     * malformed subjectAltName contributes no directoryName, so the subject is still checked; the
     * subjectAltName rules fail on it and report it.
     */
    static List<DistinguishedName> all(CertificateUnderTest certificate) {
        List<DistinguishedName> names = new ArrayList<>();
        names.add(subject(certificate));

        List<X500Name> directoryNames = directoryNames(certificate);
        for (int i = 0; i < directoryNames.size(); i++) {
            names.add(DistinguishedName.of("subjectAltName directoryName " + (i + 1), directoryNames.get(i)));
        }
        return names;
    }

    private static List<X500Name> directoryNames(CertificateUnderTest certificate) {
        try {
            return SubjectAltName.of(certificate).map(SubjectAltName::directoryNames).orElse(List.of());
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
