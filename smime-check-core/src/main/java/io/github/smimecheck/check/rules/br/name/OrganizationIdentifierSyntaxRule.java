package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1PrintableString;
import org.bouncycastle.asn1.ASN1UTF8String;

/**
 * An organizationIdentifier must be a PrintableString or UTF8String with the structure scheme,
 * country, optional {@code +} subdivision, {@code -} reference (S/MIME BR 7.1.4.2.2 d), naming
 * one of the schemes NTR, VAT, PSD, LEI (Appendix A), GOV or INT. LEI and INT use the country
 * XG and the others an ISO 3166-1 code, where VAT also accepts EL for Greece. Only NTR and GOV
 * may name a subdivision. GOV and INT carry no reference, and all other schemes must. A PSD
 * reference starts with the competent authority's identifier (ETSI TS 119 495 clause 5.2.1).
 */
public final class OrganizationIdentifierSyntaxRule extends NameRule {

    private static final String SECTION = "S/MIME BR 7.1.4.2.2 d";

    public static final FindingCode INVALID_ENCODING = FindingCode.error(
            "smbr.subject.org_identifier_invalid_encoding", SECTION,
            "The organizationIdentifier is neither a PrintableString nor a UTF8String.");
    public static final FindingCode INVALID_SYNTAX = FindingCode.error("smbr.subject.org_identifier_invalid_syntax",
            SECTION, "The organizationIdentifier does not have the structure scheme, country, subdivision, reference.");
    public static final FindingCode UNKNOWN_SCHEME = FindingCode.error("smbr.subject.org_identifier_unknown_scheme",
            SECTION, "The organizationIdentifier names a registration scheme other than NTR, VAT, PSD, LEI, GOV, INT.");
    public static final FindingCode INVALID_COUNTRY = FindingCode.error(
            "smbr.subject.org_identifier_invalid_country", SECTION,
            "The organizationIdentifier country code is not valid for its registration scheme.");
    public static final FindingCode STATE_NOT_ALLOWED = FindingCode.error(
            "smbr.subject.org_identifier_state_not_allowed", SECTION,
            "The organizationIdentifier names a subdivision, which only NTR and GOV allow.");
    public static final FindingCode REFERENCE_MISSING = FindingCode.error(
            "smbr.subject.org_identifier_reference_missing", SECTION,
            "The organizationIdentifier has no registration reference although its scheme requires one.");
    public static final FindingCode PSD_REFERENCE_INVALID = FindingCode.error(
            "smbr.subject.org_identifier_psd_reference_invalid", "S/MIME BR Appendix A",
            "A PSD organizationIdentifier reference lacks the competent authority identifier and hyphen.");
    public static final FindingCode REFERENCE_NOT_ALLOWED = FindingCode.error(
            "smbr.subject.org_identifier_reference_not_allowed", SECTION,
            "The organizationIdentifier of scheme GOV or INT carries a registration reference.");

    /** The ETSI TS 119 495 PSD reference: competent authority identifier, hyphen, authorisation number. */
    private static final Pattern PSD_REFERENCE = Pattern.compile("[A-Z]{2,8}-.+");

    @Override
    public List<FindingCode> codes() {
        return List.of(INVALID_ENCODING, INVALID_SYNTAX, UNKNOWN_SCHEME, INVALID_COUNTRY, STATE_NOT_ALLOWED,
                REFERENCE_MISSING, REFERENCE_NOT_ALLOWED, PSD_REFERENCE_INVALID);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        forEachAttribute(certificate, AttributeTypes.ORGANIZATION_IDENTIFIER,
                (name, attribute) -> checkOne(name.label() + " " + attribute.display(), attribute, findings));
    }

    private static void checkOne(String where, NameAttribute attribute, FindingSink findings) {
        boolean stringType = attribute.rawValue() instanceof ASN1PrintableString
                || attribute.rawValue() instanceof ASN1UTF8String;
        if (!stringType) {
            findings.report(INVALID_ENCODING, where + " is not a PrintableString or UTF8String; reissue with one of"
                    + " these encodings");
            return;
        }

        Optional<OrganizationIdentifier> parsed = OrganizationIdentifier.parse(attribute.text());
        if (parsed.isEmpty()) {
            findings.report(INVALID_SYNTAX, where + " does not match scheme + country [+ subdivision] - reference,"
                    + " for example NTRGB-12345678 or GOVUS+CA; reissue with a value in this structure");
            return;
        }

        Optional<RegistrationScheme> scheme = RegistrationScheme.of(parsed.get().scheme());
        if (scheme.isEmpty()) {
            findings.report(UNKNOWN_SCHEME, where + " names the registration scheme " + parsed.get().scheme()
                    + "; expected NTR, VAT, PSD, LEI, GOV or INT; reissue with a recognised scheme");
            return;
        }
        checkParts(where, parsed.get(), scheme.get(), findings);
    }

    private static void checkParts(String where, OrganizationIdentifier identifier, RegistrationScheme scheme,
            FindingSink findings) {
        if (!scheme.acceptsCountry(identifier.country())) {
            findings.report(INVALID_COUNTRY, where + " has the country code " + identifier.country() + "; scheme "
                    + scheme + " expects " + scheme.expectedCountry() + "; reissue with the correct code");
        }
        if (identifier.hasStateOrProvince() && !scheme.stateOrProvinceAllowed()) {
            findings.report(STATE_NOT_ALLOWED, where + " names the subdivision " + identifier.stateOrProvince()
                    + "; scheme " + scheme + " allows none; reissue without '+" + identifier.stateOrProvince() + "'");
        }
        if (scheme.referenceRequired() && !identifier.hasReference()) {
            findings.report(REFERENCE_MISSING, where + " has no registration reference after '-'; scheme " + scheme
                    + " requires one; reissue with the validated reference");
        } else if (scheme == RegistrationScheme.PSD && !PSD_REFERENCE.matcher(identifier.reference()).matches()) {
            findings.report(PSD_REFERENCE_INVALID, where + " has the reference " + identifier.reference()
                    + "; scheme PSD expects the competent authority identifier (2 to 8 upper-case letters), '-' and"
                    + " the authorisation number, as in PSDBE-NBB-1234.567.890; reissue in this form");
        } else if (!scheme.referenceRequired() && identifier.hasReference()) {
            findings.report(REFERENCE_NOT_ALLOWED, where + " carries the reference " + identifier.reference()
                    + "; scheme " + scheme + " has none; reissue as " + scheme + identifier.country()
                    + (identifier.hasStateOrProvince() ? "+" + identifier.stateOrProvince() : ""));
        }
    }
}
