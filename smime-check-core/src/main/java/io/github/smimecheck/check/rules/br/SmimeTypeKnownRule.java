package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;

/**
 * An S/MIME certificate must name its type. Without a reserved policy OID
 * {@code 2.23.140.1.5.x.y} (S/MIME BR 7.1.6.1) or a private OID the policy maps to a type, the
 * type-specific rules cannot run, so the certificate is reported rather than silently passed.
 */
public final class SmimeTypeKnownRule extends SmimeProfileRule {

    public static final FindingCode TYPE_UNKNOWN = FindingCode.error("smbr.policy.type_unknown", "S/MIME BR 7.1.6.1",
            "An S/MIME certificate carries no reserved S/MIME policy OID and no private OID mapped to a type.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(TYPE_UNKNOWN);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        if (certificate.smimeType().isEmpty()) {
            findings.report(TYPE_UNKNOWN, "no reserved S/MIME policy OID (2.23.140.1.5.x.y) and no mapped private"
                    + " policy OID; reissue with the reserved OID of its type, or map the CA's private OID to a type"
                    + " in the policy (privatePolicyOids)");
        }
    }
}
