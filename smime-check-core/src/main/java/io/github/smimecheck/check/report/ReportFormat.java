package io.github.smimecheck.check.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** An evidence report format and the file name it is written to. */
public enum ReportFormat {
    /** The machine-readable evidence that every other format summarises. */
    JSON("smime-check-report.json"),
    /** One self-contained page for release managers. */
    HTML("smime-check-report.html"),
    /** SARIF 2.1.0 for GitHub code scanning and Jenkins Warnings NG. */
    SARIF("smime-check-report.sarif"),
    /** JUnit XML for the test report views of Jenkins and GitLab. */
    JUNIT("smime-check-junit.xml"),
    /** CycloneDX 1.6 cryptography bill of materials for Dependency-Track. */
    CYCLONEDX("smime-check-cbom.json");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** Returns the file extension without the dot. */
    public String extension() {
        return fileName.substring(fileName.lastIndexOf('.') + 1);
    }

    /**
     * Returns the Maven artifact type when the report is attached to the build: the file
     * extension, except {@code cdx.json} for CycloneDX, because the JSON report already uses
     * {@code json} under the same classifier.
     */
    public String artifactType() {
        return this == CYCLONEDX ? "cdx.json" : extension();
    }

    /**
     * Parses a comma-separated list such as {@code json,html,sarif} (case-insensitive, blanks
     * ignored). A blank list selects every format.
     *
     * @throws IllegalArgumentException naming the unknown value and the allowed ones
     */
    public static Set<ReportFormat> parseList(String list) {
        if (list == null || list.isBlank()) {
            return EnumSet.allOf(ReportFormat.class);
        }
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String item : list.split(",")) {
            String name = item.trim();
            if (!name.isEmpty()) {
                formats.add(parse(name));
            }
        }
        return formats.isEmpty() ? EnumSet.allOf(ReportFormat.class) : formats;
    }

    /** Parses one format name, case-insensitive. */
    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // The cause stays out: Maven appends each cause's message, and the enum's names a Java class.
            throw new IllegalArgumentException("unknown report format '" + name + "'; allowed values are "
                    + allowedValues());
        }
    }

    /** Returns the allowed names in lower case, comma-separated, for messages and help text. */
    public static String allowedValues() {
        return Arrays.stream(values()).map(format -> format.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
