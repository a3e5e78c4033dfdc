package io.github.smimecheck.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.ScanOptions;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.Scanner;
import io.github.smimecheck.check.report.EvidenceWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportMojoTest {

    @TempDir
    Path folder;

    @Test
    void pageShowsOutcomeAndLinksEvidence() throws Exception {
        Path evidence = writeEvidence();
        ReportMojo mojo = mojo(evidence);
        StringWriter html = new StringWriter();

        mojo.generate(new Xhtml5BaseSink(html), Locale.ENGLISH);

        assertThat(html.toString()).contains("Outcome: <b>PASS</b>", "2027-01-01T00:00:00Z",
                "href=\"smime-check/smime-check-report.html\"", "smime-check-report.sarif");
    }

    @Test
    void evidenceIsCopiedIntoSite() throws Exception {
        ReportMojo mojo = mojo(writeEvidence());

        mojo.generate(new Xhtml5BaseSink(new StringWriter()), Locale.ENGLISH);

        assertThat(folder.resolve("site/smime-check/smime-check-report.html")).exists();
        assertThat(folder.resolve("site/smime-check/SHA256SUMS")).exists();
    }

    @Test
    void missingEvidenceSkipsPage() throws Exception {
        ReportMojo mojo = mojo(folder.resolve("nothing-here"));

        assertThat(mojo.canGenerateReport()).isFalse();
    }

    private Path writeEvidence() throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        Instant instant = Instant.parse("2027-01-01T00:00:00Z");
        ScanResult result = new Scanner().scan(ScanOptions.builder().root(input).baseDirectory(input)
                .clock(Clock.fixed(instant, ZoneOffset.UTC)).build());
        Path evidence = folder.resolve("evidence");
        EvidenceWriter.allFormats().write(result, evidence);
        return evidence;
    }

    private ReportMojo mojo(Path evidence) throws ReflectiveOperationException {
        ReportMojo mojo = new ReportMojo();
        Field field = ReportMojo.class.getDeclaredField("evidenceDirectory");
        field.setAccessible(true);
        field.set(mojo, evidence.toFile());
        mojo.setReportOutputDirectory(folder.resolve("site").toFile());
        return mojo;
    }
}
