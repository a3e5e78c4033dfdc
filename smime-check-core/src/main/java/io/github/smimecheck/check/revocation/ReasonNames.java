package io.github.smimecheck.check.revocation;

import java.util.List;

/** The names RFC 5280 section 5.3.1 gives the CRLReason values, shared by CRL and OCSP statuses. */
final class ReasonNames {

    private static final List<String> NAMES = List.of("unspecified", "keyCompromise", "cACompromise",
            "affiliationChanged", "superseded", "cessationOfOperation", "certificateHold", "value 7 (unused)",
            "removeFromCRL", "privilegeWithdrawn", "aACompromise");

    private ReasonNames() {
    }

    static String name(int reason) {
        return reason >= 0 && reason < NAMES.size() ? NAMES.get(reason) : "unknown reason " + reason;
    }
}
