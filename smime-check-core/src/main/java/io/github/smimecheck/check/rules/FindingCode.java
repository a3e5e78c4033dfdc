package io.github.smimecheck.check.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A finding a rule can emit, declared up front: a stable dotted code such as
 * {@code smbr.eku.server_auth_present}, its default severity, the requirement it enforces (for
 * example "S/MIME BR 7.1.2.3 f") and a one-line summary for the rules catalogue.
 */
public record FindingCode(String code, Severity defaultSeverity, String requirement, String summary) {

    private static final Pattern CODE_SYNTAX = Pattern.compile("[a-z0-9]+(\\.[a-z0-9_]+)+");

    public FindingCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(summary, "summary");
        if (!CODE_SYNTAX.matcher(code).matches()) {
            throw new IllegalArgumentException("invalid finding code '" + code
                    + "'; expected lower-case dotted words such as smbr.eku.server_auth_present");
        }
    }

    public static FindingCode error(String code, String requirement, String summary) {
        return new FindingCode(code, Severity.ERROR, requirement, summary);
    }

    public static FindingCode warning(String code, String requirement, String summary) {
        return new FindingCode(code, Severity.WARNING, requirement, summary);
    }

    public static FindingCode info(String code, String requirement, String summary) {
        return new FindingCode(code, Severity.INFO, requirement, summary);
    }
}
