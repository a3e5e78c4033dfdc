package io.github.smimecheck.check.read.config;

import io.github.smimecheck.check.rules.FindingCode;
import java.util.List;

/**
 * Finding codes for configuration files (Spring Boot, Kubernetes, Tomcat, nginx, Postfix,
 * Dovecot, Java system properties) that could not be read or whose references could not be
 * followed.
 */
public final class ConfigProblems {

    public static final FindingCode CONFIG_INVALID = FindingCode.error("scan.config.invalid", "smime-check",
            "A configuration file that names certificates could not be parsed (syntax error or a parser limit).");
    public static final FindingCode REFERENCE_MISSING = FindingCode.error("scan.config.reference_missing",
            "smime-check", "A configuration file references a certificate or keystore file by a relative path or"
                    + " a classpath: location that is not inside the scanned artifact.");
    public static final FindingCode REFERENCE_EXTERNAL = FindingCode.warning("scan.config.reference_external",
            "smime-check", "A configuration file references a certificate or keystore file by an absolute path"
                    + " that is not inside the scanned artifact, so its certificates are not checked.");
    public static final FindingCode PASSWORD_MISSING = FindingCode.error("scan.config.password_missing",
            "smime-check", "A configuration file gives a keystore password as a placeholder that no environment"
                    + " variable, named secret or default resolves.");

    public static final List<FindingCode> CODES = List.of(
            CONFIG_INVALID, REFERENCE_MISSING, REFERENCE_EXTERNAL, PASSWORD_MISSING);

    private ConfigProblems() {
    }
}
