package io.github.smimecheck.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.inventory.Inventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceWriterTest {

    @TempDir
    Path folder;

    @Test
    void writesEveryFormatAndChecksums() throws IOException {
        EvidenceFiles files = EvidenceWriter.allFormats().write(SampleResults.full(), folder);

        assertThat(fileNames(folder)).containsExactly("SHA256SUMS", "smime-check-cbom.json", "smime-check-junit.xml",
                "smime-check-report.html", "smime-check-report.json", "smime-check-report.sarif");
        assertThat(files.reports()).extracting(EvidenceFiles.Report::format)
                .containsExactly(ReportFormat.values());
        assertThat(files.checksums()).isEqualTo(folder.resolve("SHA256SUMS"));
    }

    @Test
    void checksumsAreSortedAndMatch() throws IOException {
        EvidenceWriter.allFormats().write(SampleResults.full(), folder);

        List<String> lines = Files.readAllLines(folder.resolve("SHA256SUMS"));
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(" {2}", 2);
            names.add(parts[1]);
            assertThat(parts[0]).as(parts[1]).isEqualTo(Inventory.sha256Hex(Files.readAllBytes(folder.resolve(parts[1]))));
        }
        assertThat(names).isSorted().hasSize(ReportFormat.values().length);
    }

    @Test
    void sameResultGivesIdenticalBytes() throws IOException {
        Path first = Files.createDirectory(folder.resolve("first"));
        Path second = Files.createDirectory(folder.resolve("second"));
        EvidenceWriter.allFormats().write(SampleResults.full(), first);
        EvidenceWriter.allFormats().write(SampleResults.full(), second);

        for (String name : fileNames(first)) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    @Test
    void repeatedRealScanGivesIdenticalBytes() throws IOException {
        Path input = Files.createDirectory(folder.resolve("input"));
        ScanResult firstScan = RealScans.mixed(input);
        ScanResult secondScan = RealScans.mixed(input);
        Path first = Files.createDirectory(folder.resolve("first"));
        Path second = Files.createDirectory(folder.resolve("second"));

        EvidenceWriter.allFormats().write(firstScan, first);
        EvidenceWriter.allFormats().write(secondScan, second);

        assertThat(Files.readString(second.resolve("SHA256SUMS"))).isEqualTo(Files.readString(first.resolve("SHA256SUMS")));
    }

    @Test
    void selectedFormatsOnly() throws IOException {
        new EvidenceWriter(EnumSet.of(ReportFormat.SARIF, ReportFormat.JUNIT)).write(SampleResults.full(), folder);

        assertThat(fileNames(folder)).containsExactly("SHA256SUMS", "smime-check-junit.xml", "smime-check-report.sarif");
        assertThat(Files.readAllLines(folder.resolve("SHA256SUMS"))).hasSize(2);
    }

    @Test
    void unselectedOldReportsAreDeleted() throws IOException {
        EvidenceWriter.allFormats().write(SampleResults.full(), folder);
        Files.writeString(folder.resolve("notes.txt"), "kept");

        new EvidenceWriter(EnumSet.of(ReportFormat.SARIF)).write(SampleResults.empty(), folder);

        assertThat(fileNames(folder)).containsExactly("SHA256SUMS", "notes.txt", "smime-check-report.sarif");
    }

    @Test
    void noTemporaryFilesRemain() throws IOException {
        EvidenceWriter.allFormats().write(SampleResults.full(), folder);
        EvidenceWriter.allFormats().write(SampleResults.full(), folder);

        assertThat(fileNames(folder)).noneMatch(name -> name.endsWith(".tmp"));
    }

    @Test
    void createsMissingFolder() throws IOException {
        Path nested = folder.resolve("target/smime-check");

        EvidenceWriter.allFormats().write(SampleResults.empty(), nested);

        assertThat(nested.resolve("SHA256SUMS")).exists();
    }

    @Test
    void reportsAreReadableByAll() throws IOException {
        EvidenceWriter.allFormats().write(SampleResults.full(), folder);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("smime-check-report.html"))))
                .isEqualTo("rw-r--r--");
    }

    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
