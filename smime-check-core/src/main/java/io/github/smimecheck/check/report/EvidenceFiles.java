package io.github.smimecheck.check.report;

import java.nio.file.Path;
import java.util.ArrayList;
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

    /** Returns the report a log line points to: the JSON report, else the HTML report, else the checksum file. */
    public Path mainReport() {
        return pathOf(ReportFormat.JSON).or(() -> pathOf(ReportFormat.HTML)).orElse(checksums);
    }

    /** Returns a line such as {@code smime-check wrote smime-check-report.json and SHA256SUMS to target/smime-check}. */
    public String writtenLine(String folder) {
        List<String> names = new ArrayList<>();
        reports.forEach(report -> names.add(report.path().getFileName().toString()));
        return "smime-check wrote " + String.join(", ", names) + " and " + checksums.getFileName() + " to " + folder;
    }

    /** One written report. */
    public record Report(ReportFormat format, Path path) {
    }
}
