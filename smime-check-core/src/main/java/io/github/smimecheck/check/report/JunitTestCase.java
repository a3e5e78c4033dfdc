package io.github.smimecheck.check.report;

import java.util.List;

/**
 * One JUnit {@code testcase}: a certificate, an unreadable item or an exception.
 *
 * @param failure text of the {@code failure} element, or null when the case passes
 * @param failureMessage short message attribute of the failure
 * @param failureType type attribute of the failure: the first failing finding code
 * @param skipped message of the {@code skipped} element, or null when not skipped
 * @param output lines for {@code system-out}: warnings, covered findings and locations
 */
record JunitTestCase(String name, String className, String failureMessage, String failureType, String failure,
                     String skipped, List<String> output) {

    JunitTestCase {
        output = List.copyOf(output);
    }

    boolean failed() {
        return failure != null;
    }

    boolean isSkipped() {
        return failure == null && skipped != null;
    }
}
