package io.github.smimecheck.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smimecheck.check.report.EvidenceWriter;
import io.github.smimecheck.check.report.ReportFormat;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Adds an "S/MIME certificates" page to the Maven site: the outcome and counts of the last
 * {@code smime:check} run, links to its HTML report and the SHA-256 of every evidence file. It
 * reads the evidence folder that {@code smime:check} wrote, so run {@code mvn verify site}.
 *
 * <p>The invoker project {@code site-report} runs it under maven-site-plugin 3.21.0.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** Folder under the site where the evidence files are copied. */
    static final String SITE_FOLDER = "smime-check";

    /** Folder that smime:check wrote the evidence to. */
    @Parameter(property = "smime.outputDirectory", defaultValue = "${project.build.directory}/smime-check")
    private File evidenceDirectory;

    @Override
    public String getOutputName() {
        return "smime-check";
    }

    @Override
    public String getName(Locale locale) {
        return "S/MIME certificates";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Outcome and evidence of the S/MIME certificate check (smime:check).";
    }

    /** Returns false, with a warning, when smime:check has not written its JSON report yet. */
    @Override
    public boolean canGenerateReport() {
        if (Files.isRegularFile(jsonReport())) {
            return true;
        }
        getLog().warn("smime-check: no evidence in " + evidenceDirectory + "; run smime:check first,"
                + " for example with 'mvn verify site'");
        return false;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        JsonNode report;
        List<String> checksums;
        try {
            report = new ObjectMapper().readTree(jsonReport().toFile());
            checksums = Files.readAllLines(evidenceDirectory.toPath().resolve(EvidenceWriter.CHECKSUMS_FILE_NAME));
            copyEvidence();
        } catch (IOException e) {
            throw new MavenReportException("smime-check could not read or copy the evidence in " + evidenceDirectory
                    + ": " + e.getMessage() + "; run smime:check again", e);
        }

        Sink sink = getSink();
        new EvidencePage(sink, report, checksums, SITE_FOLDER).render(getName(locale));
    }

    private Path jsonReport() {
        return evidenceDirectory.toPath().resolve(ReportFormat.JSON.fileName());
    }

    /** Copies every evidence file into the site, so the page can link to the full HTML report. */
    private void copyEvidence() throws IOException {
        Path target = getReportOutputDirectory().toPath().resolve(SITE_FOLDER);
        Files.createDirectories(target);
        try (var files = Files.list(evidenceDirectory.toPath())) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
