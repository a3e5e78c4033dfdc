package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the certificate profile rules. A field the rule reads that does not decode as RFC 5280
 * and the BR define it becomes the finding {@link #UNDECODABLE} for that rule instead of an
 * exception, so malformed certificates fail closed with a message that names the field.
 */
abstract class SmimeProfileRule extends SmimeRule {

    public static final FindingCode UNDECODABLE = FindingCode.error("smbr.certificate.undecodable_content",
            "RFC 5280 4.1", "A field the rule checks cannot be decoded, so the requirement is treated as failed.");

    private List<FindingCode> codes;

    /** Returns the codes of the requirement itself; {@link #UNDECODABLE} is added for every rule. */
    protected abstract List<FindingCode> profileCodes();

    /** Checks the certificate; decoding exceptions thrown here are reported as {@link #UNDECODABLE}. */
    protected abstract void checkProfile(CertificateUnderTest certificate, FindingSink findings);

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
}
