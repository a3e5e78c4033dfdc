package io.github.smimecheck.check.report;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.ReadProblem;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.inventory.Inventory;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.verdict.ExceptionStatus;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * A SHA-256 over everything a scan result states, and name-based UUIDs derived from it, so reports
 * carry stable identifiers instead of random ones: the same result always gives the same digest.
 */
final class ResultDigest {

    /** The RFC 4122 URL namespace, used for name-based UUIDs of smime-check URNs. */
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    private ResultDigest() {
    }

    /** Returns the lower-case hexadecimal SHA-256 of the result's canonical text. */
    static String of(ScanResult result) {
        return Inventory.sha256Hex(canonicalText(result).getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the version 5 (SHA-1, name-based) UUID of the name in the URL namespace. */
    static UUID nameBasedUuid(String name) {
        byte[] namespace = ByteBuffer.allocate(16).putLong(URL_NAMESPACE.getMostSignificantBits())
                .putLong(URL_NAMESPACE.getLeastSignificantBits()).array();
        byte[] hash = sha1(namespace, name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }

    private static String canonicalText(ScanResult result) {
        StringBuilder text = new StringBuilder();
        line(text, "tool", result.toolVersion(), result.clockInstant().toString(), result.asOf().toString());
        result.roots().forEach(root -> line(text, "root", root.toString().replace('\\', '/')));
        result.inputs().forEach(input -> line(text, "input", input.path(), Long.toString(input.size()), input.sha256()));
        result.configuration().forEach(file -> line(text, "configuration", file.role(), file.path(), file.sha256()));
        line(text, "policy", result.effectivePolicy());

        for (CertificateResult certificate : result.certificates()) {
            line(text, "certificate", certificate.sha256(), ReportFacts.ownerId(certificate));
            certificate.locations().forEach(location -> line(text, "location", location.display()));
            certificate.findings().forEach(finding -> finding(text, finding));
        }
        for (ReadProblem problem : result.problems()) {
            line(text, "problem", problem.location().display());
            finding(text, problem.finding());
        }
        for (ExceptionStatus exception : result.exceptions()) {
            line(text, "exception", exception.id(), String.valueOf(exception.expires()),
                    Boolean.toString(exception.expired()), Integer.toString(exception.coveredFindings()));
            if (exception.finding() != null) {
                finding(text, exception.finding());
            }
        }
        line(text, "outcome", result.outcome().name());
        return text.toString();
    }

    private static void finding(StringBuilder text, Finding finding) {
        line(text, "finding", finding.code(), finding.severity().name(), String.valueOf(finding.coveredBy()),
                finding.message());
    }

    /** Appends the fields separated by NUL and ended by a newline, so no field can run into the next. */
    private static void line(StringBuilder text, String... fields) {
        text.append(String.join("\u0000", fields)).append('\n');
    }

    private static byte[] sha1(byte[] namespace, byte[] name) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            digest.update(namespace);
            digest.update(name);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-1", e);
        }
    }
}
