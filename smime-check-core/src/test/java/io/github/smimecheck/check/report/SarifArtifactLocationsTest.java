package io.github.smimecheck.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.Outcome;
import io.github.smimecheck.check.ScanResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifArtifactLocationsTest {

    @TempDir
    Path sourceRoot;

    @Test
    void relativePathGetsModulePrefix() {
        assertThat(locations().relativeToSourceRoot("target/app.war")).contains("module-a/target/app.war");
    }

    @Test
    void moduleFolderItselfIsModulePrefix() {
        assertThat(locations().relativeToSourceRoot(".")).contains("module-a");
    }

    @Test
    void pathAboveModuleInsideRoot() {
        assertThat(locations().relativeToSourceRoot("../shared/mail.pem")).contains("shared/mail.pem");
    }

    @Test
    void absolutePathInsideRootBecomesRelative() {
        String absolute = sourceRoot.resolve("module-b/mail.pem").toString();

        assertThat(locations().relativeToSourceRoot(absolute)).contains("module-b/mail.pem");
    }

    @Test
    void pathAboveRootIsOutside() {
        assertThat(locations().relativeToSourceRoot("../../mail.pem")).isEmpty();
    }

    @Test
    void embeddedUriIsNoFilePath() {
        assertThat(locations().relativeToSourceRoot("embedded:default-policy.yaml")).isEmpty();
    }

    private SarifArtifactLocations locations() {
        ScanResult result = new ScanResult("9.9.9-test", SampleResults.CLOCK, SampleResults.AS_OF, List.of(),
                List.of(), List.of(), "", List.of(), List.of(), List.of(), Outcome.PASS,
                sourceRoot.resolve("module-a"), sourceRoot);
        return new SarifArtifactLocations(result);
    }
}
