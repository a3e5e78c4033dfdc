package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;

/**
 * authorityKeyIdentifier must be present and not critical, must contain keyIdentifier and must
 * not contain authorityCertIssuer or authorityCertSerialNumber (S/MIME BR 7.1.2.3 g).
 */
public final class AuthorityKeyIdentifierRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 7.1.2.3 g";

    public static final FindingCode MISSING = FindingCode.error("smbr.aki.missing", SECTION,
            "The authorityKeyIdentifier extension is missing.");
    public static final FindingCode CRITICAL = FindingCode.error("smbr.aki.critical", SECTION,
            "The authorityKeyIdentifier extension is marked critical.");
    public static final FindingCode KEY_ID_MISSING = FindingCode.error("smbr.aki.key_identifier_missing", SECTION,
            "authorityKeyIdentifier has no keyIdentifier.");
    public static final FindingCode ISSUER_AND_SERIAL_PRESENT = FindingCode.error("smbr.aki.issuer_serial_present",
            SECTION, "authorityKeyIdentifier contains authorityCertIssuer or authorityCertSerialNumber.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(MISSING, CRITICAL, KEY_ID_MISSING, ISSUER_AND_SERIAL_PRESENT);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Extension extension = certificate.extension(Extension.authorityKeyIdentifier);
        if (extension == null) {
            findings.report(MISSING, "no authorityKeyIdentifier extension; expected one with the issuing CA's key"
                    + " identifier; reissue the certificate");
            return;
        }
        if (extension.isCritical()) {
            findings.report(CRITICAL, "authorityKeyIdentifier is critical; expected non-critical; reissue the"
                    + " certificate");
        }

        AuthorityKeyIdentifier identifier = AuthorityKeyIdentifier.getInstance(
                certificate.extensionValue(Extension.authorityKeyIdentifier));
        if (identifier.getKeyIdentifierObject() == null) {
            findings.report(KEY_ID_MISSING, "authorityKeyIdentifier has no keyIdentifier; expected the issuing CA's"
                    + " subjectKeyIdentifier; reissue the certificate");
        }
        if (identifier.getAuthorityCertIssuer() != null || identifier.getAuthorityCertSerialNumber() != null) {
            findings.report(ISSUER_AND_SERIAL_PRESENT, "authorityKeyIdentifier contains authorityCertIssuer or"
                    + " authorityCertSerialNumber; expected keyIdentifier only; reissue the certificate");
        }
    }
}
