package io.github.smimecheck.check.testing;

/** Exceptions-file texts shared by the core's tests and the front ends' tests. */
public final class TestExceptions {

    private TestExceptions() {
    }

    /**
     * Returns an exceptions file with one exception, EXC-7, that covers both findings of a
     * 1024-bit RSA key at the locations the glob matches. Approved 2026-01-01, last valid day
     * 2026-06-30, owner Mail Team. The entry starts at line 2, so messages cite it as {@code file:2}.
     */
    public static String weakKeyException(String locationGlob) {
        return """
                exceptions:
                  - id: EXC-7
                    match:
                      location: "%s"
                    codes: [smbr.key.rsa_modulus_invalid_length, policy.key.rsa_below_minimum]
                    owner: Mail Team
                    approver: CISO
                    reason: legacy gateway until migration
                    ticket: SEC-42
                    approved: 2026-01-01
                    expires: 2026-06-30
                """.formatted(locationGlob);
    }
}
