package io.github.smimecheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the goal without a project on an empty folder, with real configuration files, and checks
 * how configuration errors and exception findings reach Maven.
 */
class CheckMojoConfigurationTest {

    private static final String EXCEPTION = """
            exceptions:
              - id: EXC-1
                match: {location: "certs/**"}
                codes: [smbr.key.rsa_modulus_invalid_length]
                owner: Mail Team
                approver: CISO
                reason: legacy gateway
                approved: 2026-01-01
                expires: 2026-03-31
            """;

    @TempDir
    Path folder;

    private CheckMojo mojo;

    @BeforeEach
    void createMojo() throws Exception {
        mojo = new CheckMojo();
        set("paths", List.of(Files.createDirectories(folder.resolve("certs")).toFile()));
        set("outputDirectory", folder.resolve("out").toFile());
        set("failOnFindings", true);
        set("maxDepth", 8);
        set("maxEntries", 200_000L);
        set("maxInflatedBytes", 1L << 32);
        set("maxFileBytes", 1L << 28);
    }

    @Test
    void invalidPolicyStopsWithCoreMessage() throws Exception {
        Path policy = Files.writeString(folder.resolve("policy.yaml"), "maxValidityDays: 0\n");
        set("policy", policy.toFile());

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage(policy + ":1: maxValidityDays is 0; use a number greater than 0");
    }

    @Test
    void expiredExceptionFailsBuild() throws Exception {
        set("exceptions", Files.writeString(folder.resolve("exceptions.yaml"), EXCEPTION).toFile());
        set("asOf", "2026-04-01");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("policy.exception.expired: exception EXC-1 (owner Mail Team, approver CISO)"
                        + " expired on 2026-03-31")
                .hasMessageContaining("Expired exception EXC-1 (owner Mail Team, ");
    }

    @Test
    void validExceptionPassesAndIsRecorded() throws Exception {
        set("exceptions", Files.writeString(folder.resolve("exceptions.yaml"), EXCEPTION).toFile());
        set("asOf", "2026-03-31");

        mojo.execute();

        String report = Files.readString(folder.resolve("out").resolve("smime-check-report.json"));
        assertThat(report).contains("\"role\" : \"exceptions\"");
        assertThat(report).contains("\"state\" : \"EXPIRING\"");
    }

    @Test
    void sarifUriIsRelativeToSourceRoot() throws Exception {
        writeBrokenPem();
        set("sourceRoot", folder.toFile());

        assertThat(sarifLog()).contains("\"uri\" : \"certs/broken.pem\"");
    }

    @Test
    void sourceRootFallsBackToExecutionRoot() throws Exception {
        writeBrokenPem();
        set("executionRootDirectory", folder.toString());

        assertThat(sarifLog()).contains("\"uri\" : \"certs/broken.pem\"");
    }

    @Test
    void unresolvedSourceRootExpressionIsIgnored() throws Exception {
        writeBrokenPem();
        set("sourceRoot", new File("${maven.multiModuleProjectDirectory}"));
        set("executionRootDirectory", folder.toString());

        assertThat(sarifLog()).contains("\"uri\" : \"certs/broken.pem\"");
    }

    private void writeBrokenPem() throws Exception {
        Files.writeString(folder.resolve("certs/broken.pem"),
                "-----BEGIN CERTIFICATE-----\nMIIB!!!notbase64\n-----END CERTIFICATE-----\n");
        set("failOnFindings", false);
        set("formats", "sarif");
    }

    private String sarifLog() throws Exception {
        mojo.execute();
        return Files.readString(folder.resolve("out").resolve("smime-check-report.sarif"));
    }

    private void set(String name, Object value) throws ReflectiveOperationException {
        Field field = CheckMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(mojo, value);
    }
}
