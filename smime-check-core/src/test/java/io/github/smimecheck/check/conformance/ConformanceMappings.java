package io.github.smimecheck.check.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The test resources that steer the conformance comparison: the pkilint-to-smime-check code
 * mapping (every {@code conformance/pkilint-codes*.tsv}) and the deliberate differences.
 */
final class ConformanceMappings {

    /** A difference smime-check makes on purpose: which case, which kind, which of our codes, and why. */
    record DeliberateDifference(String caseName, String kind, String code, String reason) {

        boolean covers(String corpusCase, String differenceKind, String ourCode) {
            return (caseName.equals("*") || caseName.equals(corpusCase)) && kind.equals(differenceKind)
                    && (code.equals("*") || code.equals(ourCode));
        }
    }

    final Map<String, Set<String>> codes;
    final List<DeliberateDifference> differences;

    private ConformanceMappings(Map<String, Set<String>> codes, List<DeliberateDifference> differences) {
        this.codes = codes;
        this.differences = differences;
    }

    static ConformanceMappings load() {
        Path folder = resourceFolder();
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(ConformanceMappings::isCodeMapping).sorted().toList()) {
                for (String[] columns : rows(file, 2)) {
                    codes.computeIfAbsent(columns[0], key -> new LinkedHashSet<>()).addAll(List.of(columns[1].split("\\|")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        List<DeliberateDifference> differences = new ArrayList<>();
        for (String[] columns : rows(folder.resolve("deliberate-differences.tsv"), 4)) {
            differences.add(new DeliberateDifference(columns[0], columns[1], columns[2], columns[3]));
        }
        return new ConformanceMappings(codes, differences);
    }

    DeliberateDifference deliberate(String corpusCase, String kind, String ourCode) {
        return differences.stream().filter(difference -> difference.covers(corpusCase, kind, ourCode)).findFirst()
                .orElse(null);
    }

    private static boolean isCodeMapping(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("pkilint-codes") && name.endsWith(".tsv");
    }

    /** Returns the rows of a tab-separated file, each with exactly that many columns. */
    private static List<String[]> rows(Path file, int columns) {
        List<String[]> rows = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] values = line.split("\t");
                if (values.length != columns) {
                    throw new IllegalStateException(file + ": expected " + columns + " tab-separated columns in '"
                            + line + "'");
                }
                rows.add(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Path resourceFolder() {
        URL mapping = ConformanceMappings.class.getResource("/conformance/pkilint-codes.tsv");
        if (mapping == null) {
            throw new IllegalStateException("conformance/pkilint-codes.tsv is not on the test classpath");
        }
        try {
            return Path.of(mapping.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
