package io.github.smimecheck.check;

/**
 * A configuration file that shaped the verdict (policy, exceptions, owners), with its SHA-256.
 *
 * @param role {@code policy}, {@code exceptions} or {@code owners}
 * @param path where it was read from, or {@code embedded:default-policy.yaml} for the built-in default
 * @param sha256 lower-case hexadecimal SHA-256 of its bytes
 */
public record ConfigurationFile(String role, String path, String sha256) {
}
