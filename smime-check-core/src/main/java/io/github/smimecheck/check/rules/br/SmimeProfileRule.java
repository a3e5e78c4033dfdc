package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import io.github.smimecheck.check.rules.Rule;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Base of the certificate profile rules, which apply to S/MIME subscriber certificates only. A
 * field the rule reads that does not decode as RFC 5280 and the BR define it becomes the finding
 * {@link #UNDECODABLE} for that rule instead of an exception, so malformed certificates fail
 * closed with a message that names the field.
 */
abstract class SmimeProfileRule implements Rule {

    public static final FindingCode UNDECODABLE = FindingCode.error("smbr.certificate.undecodable_content",
            "RFC 5280 4.1", "A field the rule checks cannot be decoded, so the requirement is treated as failed.");

    private List<FindingCode> codes;

    /** Returns the codes of the requirement itself; {@link #UNDECODABLE} is added for every rule. */
    protected abstract List<FindingCode> profileCodes();

    /** Checks the certificate; decoding exceptions thrown here are reported as {@link #UNDECODABLE}. */
    protected abstract void checkProfile(CertificateUnderTest certificate, FindingSink findings);

    @Override
    public boolean appliesTo(CertificateUnderTest certificate) {
        return certificate.classification().isSmime();
    }

    @Override
    public final List<FindingCode> codes() {
        if (codes == null) {
            List<FindingCode> all = new ArrayList<>(profileCodes());
            all.add(UNDECODABLE);
            codes = List.copyOf(all);
        }
        return codes;
    }

    @Override
    public final void check(CertificateUnderTest certificate, FindingSink findings) {
        try {
            checkProfile(certificate, findings);
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException | IndexOutOfBoundsException
                | UncheckedIOException e) {
            findings.report(UNDECODABLE, getClass().getSimpleName() + " cannot decode the certificate: " + e.getMessage()
                    + "; expected DER as RFC 5280 and the S/MIME BR define it; reissue the certificate");
        }
    }

    /**
     * Returns the generation of the certificate's type, or legacy, the most permissive generation,
     * when the type is unknown (another rule reports the unknown type).
     */
    static Generation generationOrLegacy(CertificateUnderTest certificate) {
        return certificate.smimeType().map(type -> type.generation()).orElse(Generation.LEGACY);
    }

    static String generationName(Generation generation) {
        return generation.name().toLowerCase(Locale.ROOT);
    }
}
