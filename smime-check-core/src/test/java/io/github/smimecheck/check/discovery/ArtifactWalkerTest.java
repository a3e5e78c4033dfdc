package io.github.smimecheck.check.discovery;

import static io.github.smimecheck.check.testing.TestScans.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.ScannedFile;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactWalkerTest {

    @TempDir
    Path folder;

    @Test
    void fileUnderTwoRootsIsReadOnce() throws IOException {
        Path pem = folder.resolve("alice.pem");
        Files.writeString(pem, TestCertificates.smime().pem());

        ScanResult result = scan(folder, options -> options.root(pem));

        assertThat(result.inputs()).extracting(ScannedFile::path).containsExactly("alice.pem");
        assertThat(result.certificates()).hasSize(1);
    }

    @Test
    void missingRootIsProblem() {
        ScanResult result = scan(folder, options -> options.root(folder.resolve("absent.jar")));

        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).location().display()).isEqualTo("absent.jar");
        assertThat(result.problems().get(0).finding().code()).isEqualTo("scan.file.unreadable");
    }
}
