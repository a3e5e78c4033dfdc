package io.github.smimecheck.check.report;

import io.github.smimecheck.check.ScanResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes {@code smime-check-report.html}, one self-contained page for release managers: inline
 * CSS, no script, font or image from anywhere else, every scanned value escaped. It shows the
 * outcome, counts, an expiry timeline, every certificate with its findings and exceptions, the
 * exceptions themselves, the policy in force and the inputs with their SHA-256.
 */
public final class HtmlReportWriter implements ReportWriter {

    private static final String STYLE = loadStyle();

    @Override
    public Path write(ScanResult result, Path outputDirectory) throws IOException {
        return AtomicFiles.write(outputDirectory.resolve(ReportFormat.HTML.fileName()), render(result));
    }

    public byte[] render(ScanResult result) {
        HtmlSections sections = new HtmlSections(result);
        HtmlTables tables = new HtmlTables(result);
        Html page = new Html();
        page.markup("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .markup("<title>").text("smime-check report: " + result.outcome()).markup("</title>\n")
                .markup("<style>\n").markup(STYLE).markup("</style>\n</head>\n<body>\n<main>\n");

        sections.header(page);
        sections.summary(page);
        sections.failures(page);
        sections.expiryTimeline(page);
        tables.certificates(page);
        tables.unreadable(page);
        tables.exceptions(page);
        tables.policy(page);
        tables.inputs(page);
        sections.footer(page);

        page.markup("</main>\n</body>\n</html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String loadStyle() {
        try (InputStream input = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (input == null) {
                throw new IllegalStateException("report.css is missing from the smime-check-core jar");
            }
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read report.css from the smime-check-core jar", e);
        }
    }
}
