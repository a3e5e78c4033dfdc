package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.time.Instant;
import java.util.List;

/**
 * No legacy-generation certificate may be issued on or after 2025-07-15T00:00:00Z (S/MIME BR
 * 7.1.6.1, ballot SMC-08). The issue date is the certificate's notBefore.
 */
public final class LegacyGenerationSunsetRule extends SmimeProfileRule {

    /** The first instant on which legacy certificates may no longer be issued. */
    public static final Instant SUNSET = Instant.parse("2025-07-15T00:00:00Z");

    public static final FindingCode ISSUED_AFTER_SUNSET = FindingCode.error("smbr.policy.legacy_issued_after_sunset",
            "S/MIME BR 7.1.6.1", "A legacy-generation certificate was issued on or after 2025-07-15.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(ISSUED_AFTER_SUNSET);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        boolean legacy = certificate.smimeType().map(type -> type.generation() == Generation.LEGACY).orElse(false);
        if (legacy && !certificate.notBefore().isBefore(SUNSET)) {
            findings.report(ISSUED_AFTER_SUNSET, "legacy certificate has notBefore " + certificate.notBefore()
                    + "; legacy certificates may not be issued on or after " + SUNSET + "; reissue it as a"
                    + " multipurpose or strict certificate");
        }
    }
}
