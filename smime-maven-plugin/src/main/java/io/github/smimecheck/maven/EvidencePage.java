package io.github.smimecheck.maven;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.smimecheck.check.report.ReportFormat;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;

/** Writes the site page of {@link ReportMojo} to a Doxia sink from the JSON report and SHA256SUMS. */
final class EvidencePage {

    private final Sink sink;
    private final JsonNode report;
    private final List<String> checksums;
    private final String siteFolder;

    EvidencePage(Sink sink, JsonNode report, List<String> checksums, String siteFolder) {
        this.sink = sink;
        this.report = report;
        this.checksums = checksums;
        this.siteFolder = siteFolder;
    }

    void render(String title) {
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(title);
        sink.sectionTitle1_();

        sink.paragraph();
        sink.text("Outcome: ");
        sink.bold();
        sink.text(report.path("outcome").asText("unknown"));
        sink.bold_();
        sink.text(", evaluated as of " + report.path("asOf").asText() + " by smime-check "
                + report.path("toolVersion").asText() + ".");
        sink.paragraph_();

        summary();
        links();
        checksumTable();

        sink.section1_();
        sink.body_();
        sink.flush();
    }

    private void summary() {
        JsonNode summary = report.path("summary");
        sink.table();
        sink.tableRows();
        row("Certificates", summary.path("certificates").asText());
        row("S/MIME certificates", summary.path("smimeCertificates").asText());
        row("Failing certificates", summary.path("failingCertificates").asText());
        row("Failing findings", summary.path("failingFindings").asText());
        row("Unreadable items", summary.path("unreadable").asText());
        sink.tableRows_();
        sink.table_();
    }

    private void links() {
        sink.paragraph();
        sink.link(siteFolder + "/" + ReportFormat.HTML.fileName());
        sink.text("Full HTML report");
        sink.link_();
        sink.text(" (certificates, findings, exceptions, policy and inputs).");
        sink.paragraph_();
    }

    private void checksumTable() {
        sink.table();
        sink.tableRows();
        sink.tableRow();
        headerCell("Evidence file");
        headerCell("SHA-256");
        sink.tableRow_();
        for (String line : checksums) {
            String[] parts = line.split(" {2}", 2);
            if (parts.length != 2) {
                continue;
            }
            sink.tableRow();
            sink.tableCell();
            sink.link(siteFolder + "/" + parts[1]);
            sink.text(parts[1]);
            sink.link_();
            sink.tableCell_();
            sink.tableCell();
            sink.monospaced();
            sink.text(parts[0]);
            sink.monospaced_();
            sink.tableCell_();
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    private void row(String label, String value) {
        sink.tableRow();
        headerCell(label);
        sink.tableCell();
        sink.text(value);
        sink.tableCell_();
        sink.tableRow_();
    }

    private void headerCell(String label) {
        sink.tableHeaderCell();
        sink.text(label);
        sink.tableHeaderCell_();
    }
}
