package io.github.smimecheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the goal without a project, as {@code mvn smime:check} does outside a Maven project. */
class CheckMojoEvidenceTest {

    @TempDir
    Path folder;

    @Test
    void unknownFormatFailsWithAllowedValues() throws Exception {
        CheckMojo mojo = mojo("json,pdf");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("invalid smime.formats 'json,pdf': unknown report format 'pdf'; allowed values are"
                        + " json, html, sarif, junit, cyclonedx");
    }

    @Test
    void blankFormatsWriteEveryReport() throws Exception {
        mojo("").execute();

        assertThat(fileNames(folder.resolve("evidence"))).containsExactly("SHA256SUMS", "smime-check-cbom.json",
                "smime-check-junit.xml", "smime-check-report.html", "smime-check-report.json",
                "smime-check-report.sarif");
    }

    @Test
    void selectedFormatsOnly() throws Exception {
        mojo("sarif").execute();

        assertThat(fileNames(folder.resolve("evidence"))).containsExactly("SHA256SUMS", "smime-check-report.sarif");
    }

    private CheckMojo mojo(String formats) throws Exception {
        Path input = Files.createDirectories(folder.resolve("input"));
        CheckMojo mojo = new CheckMojo();
        set(mojo, "paths", List.of(input.toFile()));
        set(mojo, "outputDirectory", folder.resolve("evidence").toFile());
        set(mojo, "failOnFindings", true);
        set(mojo, "maxDepth", 8);
        set(mojo, "maxEntries", 200_000L);
        set(mojo, "maxInflatedBytes", 1L << 32);
        set(mojo, "maxFileBytes", 1L << 28);
        set(mojo, "formats", formats);
        set(mojo, "attach", true);
        return mojo;
    }

    private static void set(CheckMojo mojo, String name, Object value) throws ReflectiveOperationException {
        Field field = CheckMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(mojo, value);
    }

    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
