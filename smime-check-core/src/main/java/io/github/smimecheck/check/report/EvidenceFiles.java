package io.github.smimecheck.check.report;

import java.nio.file.Path;
import java.util.List;

/**
 * The files one evidence run wrote.
 *
 * @param reports every report, in {@link ReportFormat} order
 * @param checksums the {@code SHA256SUMS} file that lists the reports
 */
public record EvidenceFiles(List<Report> reports, Path checksums) {

    public EvidenceFiles {
        reports = List.copyOf(reports);
    }

    /** Returns the report of the format, if it was written. */
    public java.util.Optional<Path> pathOf(ReportFormat format) {
        return reports.stream().filter(report -> report.format() == format).map(Report::path).findFirst();
    }

    /** One written report. */
    public record Report(ReportFormat format, Path path) {
    }
}
