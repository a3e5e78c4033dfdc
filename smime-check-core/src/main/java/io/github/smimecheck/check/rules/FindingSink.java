package io.github.smimecheck.check.rules;

/** Receives the findings of one rule on one certificate; the runner sets their severity. */
@FunctionalInterface
public interface FindingSink {

    /**
     * Reports a finding.
     *
     * @param code one of the codes the rule declared
     * @param message what was found and how to fix it, naming the value and the limit
     */
    void report(FindingCode code, String message);
}
