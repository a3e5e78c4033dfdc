package io.github.smimecheck.check.verdict;

import io.github.smimecheck.check.Outcome;
import io.github.smimecheck.check.ScanResult;

/** Decides the outcome of a scan from its findings. */
public final class Verdict {

    private Verdict() {
    }

    /** Returns the result with its outcome set: FAIL when any finding fails the build. */
    public static ScanResult decide(ScanResult result) {
        Outcome outcome = result.failingFindingCount() > 0 ? Outcome.FAIL : Outcome.PASS;
        return result.withOutcome(outcome);
    }
}
