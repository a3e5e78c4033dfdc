package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.OtherName;

/** The subjectAltName extension of a certificate, with accessors for the name types S/MIME uses. */
record SubjectAltName(boolean critical, List<GeneralName> names) {

    /** id-on-SmtpUTF8Mailbox (RFC 8398, RFC 9598). */
    static final ASN1ObjectIdentifier SMTP_UTF8_MAILBOX = new ASN1ObjectIdentifier("1.3.6.1.5.5.7.8.9");

    /** Microsoft user principal name (szOID_NT_PRINCIPAL_NAME). */
    static final ASN1ObjectIdentifier USER_PRINCIPAL_NAME = new ASN1ObjectIdentifier("1.3.6.1.4.1.311.20.2.3");

    SubjectAltName {
        names = List.copyOf(names);
    }

    /**
     * Returns the extension of the certificate, or empty when it has none.
     *
     * @throws IllegalArgumentException when the extension value is not DER GeneralNames; the rule
     *     runner turns this into a failed-rule finding, so the certificate fails closed
     */
    static Optional<SubjectAltName> of(CertificateUnderTest certificate) {
        Extension extension = certificate.extensions().getExtension(Extension.subjectAlternativeName);
        if (extension == null) {
            return Optional.empty();
        }
        try {
            GeneralNames names = GeneralNames.getInstance(extension.getParsedValue());
            return Optional.of(new SubjectAltName(extension.isCritical(), List.of(names.getNames())));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException("the subjectAltName extension is not a valid GeneralNames sequence ("
                    + e.getMessage() + ")", e);
        }
    }

    List<String> rfc822Names() {
        List<String> addresses = new ArrayList<>();
        for (GeneralName name : names) {
            if (name.getTagNo() == GeneralName.rfc822Name) {
                addresses.add(((ASN1String) name.getName()).getString());
            }
        }
        return addresses;
    }

    /** Returns the otherName entries, of any type. */
    List<OtherName> otherNames() {
        List<OtherName> otherNames = new ArrayList<>();
        for (GeneralName name : names) {
            if (name.getTagNo() == GeneralName.otherName) {
                otherNames.add(OtherName.getInstance(name.getName()));
            }
        }
        return otherNames;
    }

    /**
     * Returns the SmtpUTF8Mailbox values. A value that is not a UTF8String, the only type RFC 9598
     * allows, is returned as null, so the syntax rule can report it.
     */
    List<String> smtpUtf8Mailboxes() {
        return utf8OtherNames(SMTP_UTF8_MAILBOX);
    }

    /** Returns the user principal name values, with null for a value that is not a UTF8String. */
    List<String> userPrincipalNames() {
        return utf8OtherNames(USER_PRINCIPAL_NAME);
    }

    private List<String> utf8OtherNames(ASN1ObjectIdentifier type) {
        List<String> values = new ArrayList<>();
        for (OtherName otherName : otherNames()) {
            if (type.equals(otherName.getTypeID())) {
                values.add(otherName.getValue() instanceof ASN1UTF8String string ? string.getString() : null);
            }
        }
        return values;
    }

    /** Returns every mailbox address: the rfc822Names and the string SmtpUTF8Mailbox values. */
    List<String> mailboxAddresses() {
        List<String> addresses = new ArrayList<>(rfc822Names());
        smtpUtf8Mailboxes().stream().filter(address -> address != null).forEach(addresses::add);
        return addresses;
    }

    List<X500Name> directoryNames() {
        List<X500Name> directoryNames = new ArrayList<>();
        for (GeneralName name : names) {
            if (name.getTagNo() == GeneralName.directoryName) {
                directoryNames.add(X500Name.getInstance(name.getName()));
            }
        }
        return directoryNames;
    }
}
