package io.github.smimecheck.check.report;

import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.inventory.Inventory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the selected report formats into one folder, then {@code SHA256SUMS} listing each report
 * in {@code sha256sum} format, sorted by file name, so {@code sha256sum -c SHA256SUMS} verifies
 * them. Every file is written under a temporary name and moved into place. Reports of formats
 * that are not selected are deleted from the folder, because they would describe an older scan.
 */
public final class EvidenceWriter {

    public static final String CHECKSUMS_FILE_NAME = "SHA256SUMS";

    private final Set<ReportFormat> formats;

    public EvidenceWriter(Set<ReportFormat> formats) {
        this.formats = formats.isEmpty() ? EnumSet.noneOf(ReportFormat.class) : EnumSet.copyOf(formats);
    }

    /** Returns an evidence writer for every format. */
    public static EvidenceWriter allFormats() {
        return new EvidenceWriter(EnumSet.allOf(ReportFormat.class));
    }

    /** Returns the writer for one format. */
    public static ReportWriter writerFor(ReportFormat format) {
        return switch (format) {
            case JSON -> new JsonReportWriter();
            case HTML -> new HtmlReportWriter();
            case SARIF -> new SarifReportWriter();
            case JUNIT -> new JunitReportWriter();
            case CYCLONEDX -> new CycloneDxReportWriter();
        };
    }

    /**
     * Writes every selected report and the checksum file.
     *
     * @return the written reports in format order, then the checksum file
     */
    public EvidenceFiles write(ScanResult result, Path outputDirectory) throws IOException {
        Files.createDirectories(outputDirectory);
        deleteUnselectedReports(outputDirectory);
        List<EvidenceFiles.Report> reports = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path written = writerFor(format).write(result, outputDirectory);
            reports.add(new EvidenceFiles.Report(format, written));
        }

        Path checksums = AtomicFiles.write(outputDirectory.resolve(CHECKSUMS_FILE_NAME), checksums(reports));
        return new EvidenceFiles(reports, checksums);
    }

    /** Deletes reports of formats not selected now, so the folder never mixes reports of two scans. */
    private void deleteUnselectedReports(Path outputDirectory) throws IOException {
        for (ReportFormat format : ReportFormat.values()) {
            if (!formats.contains(format)) {
                Files.deleteIfExists(outputDirectory.resolve(format.fileName()));
            }
        }
    }

    private static byte[] checksums(List<EvidenceFiles.Report> reports) throws IOException {
        List<EvidenceFiles.Report> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(report -> report.path().getFileName().toString()));

        StringBuilder lines = new StringBuilder();
        for (EvidenceFiles.Report report : sorted) {
            String digest = Inventory.sha256Hex(Files.readAllBytes(report.path()));
            lines.append(digest).append("  ").append(report.path().getFileName()).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }
}
