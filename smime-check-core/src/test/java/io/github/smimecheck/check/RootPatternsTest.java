package io.github.smimecheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RootPatternsTest {

    @TempDir
    Path workspace;

    @BeforeEach
    void writeWorkspace() throws IOException {
        write("top.pem");
        write("dist/app.war");
        write("dist/certs/alice.pem");
        write("dist/certs/deep/bob.pem");
        write("config/tls.p12");
    }

    @Test
    void plainFolderIsOneRoot() {
        RootPatterns.Expansion expansion = RootPatterns.expand(workspace, "dist");

        assertThat(expansion.roots()).containsExactly(workspace.resolve("dist"));
        assertThat(expansion.unmatched()).isEmpty();
    }

    @Test
    void plainFileIsOneRoot() {
        RootPatterns.Expansion expansion = RootPatterns.expand(workspace, "dist/app.war");

        assertThat(expansion.roots()).containsExactly(workspace.resolve("dist/app.war"));
    }

    @Test
    void doubleStarSelectsFilesAtEveryDepth() {
        RootPatterns.Expansion expansion = RootPatterns.expand(workspace, "dist/**");

        assertThat(expansion.roots()).containsExactlyInAnyOrder(workspace.resolve("dist/app.war"),
                workspace.resolve("dist/certs/alice.pem"), workspace.resolve("dist/certs/deep/bob.pem"));
    }

    @Test
    void doubleStarMatchesZeroFolders() {
        RootPatterns.Expansion expansion = RootPatterns.expand(workspace, "**/*.pem");

        assertThat(expansion.roots()).containsExactlyInAnyOrder(workspace.resolve("top.pem"),
                workspace.resolve("dist/certs/alice.pem"), workspace.resolve("dist/certs/deep/bob.pem"));
    }

    @Test
    void singleStarStaysInOneFolder() {
        RootPatterns.Expansion expansion = RootPatterns.expand(workspace, "dist/*");

        assertThat(expansion.roots()).containsExactly(workspace.resolve("dist/app.war"));
    }

    @Test
    void trailingSlashMeansEveryFileBelow() {
        RootPatterns.Expansion expansion = RootPatterns.expand(workspace, "dist/certs/");

        assertThat(expansion.roots()).containsExactlyInAnyOrder(workspace.resolve("dist/certs/alice.pem"),
                workspace.resolve("dist/certs/deep/bob.pem"));
    }

    @Test
    void questionMarkMatchesOneCharacter() {
        RootPatterns.Expansion expansion = RootPatterns.expand(workspace, "config/tls.p1?");

        assertThat(expansion.roots()).containsExactly(workspace.resolve("config/tls.p12"));
    }

    @Test
    void commasAndLineBreaksSeparateEntries() {
        RootPatterns.Expansion expansion = RootPatterns.expand(workspace, "top.pem, dist/app.war\nconfig\r\n");

        assertThat(expansion.roots()).containsExactly(workspace.resolve("top.pem"),
                workspace.resolve("dist/app.war"), workspace.resolve("config"));
    }

    @Test
    void backslashesAreFolderSeparators() {
        RootPatterns.Expansion expansion = RootPatterns.expand(workspace, "dist\\certs\\*.pem");

        assertThat(expansion.roots()).containsExactly(workspace.resolve("dist/certs/alice.pem"));
    }

    @Test
    void repeatedSelectionsAreListedOnce() {
        RootPatterns.Expansion expansion = RootPatterns.expand(workspace, "top.pem, *.pem, top.pem");

        assertThat(expansion.roots()).containsExactly(workspace.resolve("top.pem"));
    }

    @Test
    void missingPlainPathIsUnmatched() {
        RootPatterns.Expansion expansion = RootPatterns.expand(workspace, "top.pem, build/missing.jar");

        assertThat(expansion.roots()).containsExactly(workspace.resolve("top.pem"));
        assertThat(expansion.unmatched()).containsExactly("build/missing.jar");
    }

    @Test
    void patternWithoutMatchIsUnmatched() {
        RootPatterns.Expansion expansion = RootPatterns.expand(workspace, "**/*.jks");

        assertThat(expansion.roots()).isEmpty();
        assertThat(expansion.unmatched()).containsExactly("**/*.jks");
    }

    @Test
    void unmatchedLineNamesPattern() {
        RootPatterns.Expansion expansion = RootPatterns.expand(workspace, "**/*.jks");

        assertThat(expansion.unmatchedLines()).containsExactly("smime-check: path pattern '**/*.jks' matched no"
                + " file or folder; check the pattern and that the files exist before this step runs");
    }

    @Test
    void nothingMatchedMessageListsEveryEntry() {
        RootPatterns.Expansion expansion = RootPatterns.expand(workspace, "**/*.jks, out/");

        assertThat(expansion.nothingMatchedMessage()).startsWith("smime-check: no path pattern matched a file or"
                + " folder (**/*.jks, out/), so nothing was scanned");
    }

    @Test
    void missingBaseDirectoryMatchesNothing() {
        RootPatterns.Expansion expansion = RootPatterns.expand(workspace.resolve("absent"), "**/*.pem");

        assertThat(expansion.unmatched()).containsExactly("**/*.pem");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/ssl/certs", "C:/certs/**", "c:\\certs"})
    void absoluteEntryIsRejected(String entry) {
        assertThatThrownBy(() -> RootPatterns.parse(entry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is absolute; give it relative to the workspace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../other/**", "dist/../../secret", "..\\up"})
    void entryLeavingWorkspaceIsRejected(String entry) {
        assertThatThrownBy(() -> RootPatterns.parse(entry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leaves the workspace with '..'");
    }

    @Test
    void dotsInsideNamesAreAllowed() {
        assertThat(RootPatterns.parse("dist/..hidden/a..b.pem")).containsExactly("dist/..hidden/a..b.pem");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " , \n ", "\r\n"})
    void emptyListIsRejected(String patterns) {
        assertThatThrownBy(() -> RootPatterns.parse(patterns))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no path pattern given");
    }

    @Test
    void nullListIsRejected() {
        assertThatThrownBy(() -> RootPatterns.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private void write(String relative) throws IOException {
        Path file = workspace.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, relative);
    }
}
