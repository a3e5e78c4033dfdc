package io.github.smimecheck.check.read.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.testing.ArchiveBuilder;
import io.github.smimecheck.check.testing.SpringBootFatJar;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classpath references that only the library JARs of a fat JAR or WAR can satisfy. */
class LibraryJarReferenceTest {

    private static final String CONFIG = "BOOT-INF/classes/application.yml";

    private static final String APPLICATION_YML = ConfigInArchiveTest.APPLICATION_YML;

    private static final String TRUST_YML = "server.ssl.trust-certificate: classpath:certs/ca.pem\n";

    @TempDir
    Path folder;

    @Test
    void pemAndKeystoreFoundInLibraryJar() throws IOException {
        byte[] keystore = TestCertificates.keystore("PKCS12", "lib-pass".toCharArray(),
                TestCertificates.smime().x509());
        byte[] library = ArchiveBuilder.entries()
                .add("mail.p12", keystore)
                .add("certs/ca.pem", TestCertificates.ca("CN=Library CA").pem())
                .zip();
        write("app.jar", SpringBootFatJar.create().resource("application.yml", APPLICATION_YML)
                .library("spring-core-6.1.jar", ArchiveBuilder.entries().add("README.txt", "no certificates").zip())
                .library("mail-trust-1.0.jar", library).build());

        ConfigScan.Found found = new ConfigScan().environment(Map.of("MAIL_KEYSTORE_PASSWORD", "lib-pass"))
                .readEntry(folder, config("app.jar", CONFIG, APPLICATION_YML));

        assertThat(found.locations()).containsExactly(
                "app.jar > BOOT-INF/classes/application.yml > key server.ssl.key-store > classpath:mail.p12"
                        + " > BOOT-INF/lib/mail-trust-1.0.jar!/mail.p12 > alias \"cert1\"",
                "app.jar > BOOT-INF/classes/application.yml > key server.ssl.trust-certificate"
                        + " > classpath:certs/ca.pem > BOOT-INF/lib/mail-trust-1.0.jar!/certs/ca.pem > block 1");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void applicationClassesWinOverLibraryJar() throws IOException {
        write("app.jar", SpringBootFatJar.create().resource("application.yml", TRUST_YML)
                .resource("certs/ca.pem", TestCertificates.ca("CN=Classes CA").pem())
                .library("mail-trust-1.0.jar", libraryWithCa("CN=Library CA")).build());

        ConfigScan.Found found = new ConfigScan().readEntry(folder, config("app.jar", CONFIG, TRUST_YML));

        assertThat(found.locations()).containsExactly("app.jar > BOOT-INF/classes/application.yml"
                + " > key server.ssl.trust-certificate > classpath:certs/ca.pem > block 1");
    }

    @Test
    void firstJarInClasspathIndexWins() throws IOException {
        write("app.jar", SpringBootFatJar.create().resource("application.yml", TRUST_YML)
                .library("a-trust-1.0.jar", libraryWithCa("CN=A CA"))
                .library("b-trust-1.0.jar", libraryWithCa("CN=B CA"))
                .classpathIndex("b-trust-1.0.jar", "a-trust-1.0.jar").build());

        ConfigScan.Found found = new ConfigScan().readEntry(folder, config("app.jar", CONFIG, TRUST_YML));

        assertThat(found.locations()).containsExactly("app.jar > BOOT-INF/classes/application.yml"
                + " > key server.ssl.trust-certificate > classpath:certs/ca.pem"
                + " > BOOT-INF/lib/b-trust-1.0.jar!/certs/ca.pem > block 1");
        assertThat(found.inventory().entries()).singleElement()
                .satisfies(entry -> assertThat(entry.certificate().getSubject().toString())
                        .isEqualTo("CN=B CA"));
    }

    @Test
    void indexedJarWinsOverUnindexedJar() throws IOException {
        write("app.jar", SpringBootFatJar.create().resource("application.yml", TRUST_YML)
                .library("a-trust-1.0.jar", libraryWithCa("CN=A CA"))
                .library("b-trust-1.0.jar", libraryWithCa("CN=B CA"))
                .classpathIndex("b-trust-1.0.jar").build());

        ConfigScan.Found found = new ConfigScan().readEntry(folder, config("app.jar", CONFIG, TRUST_YML));

        assertThat(found.locations()).singleElement().asString().contains("BOOT-INF/lib/b-trust-1.0.jar!/");
    }

    @Test
    void entryOrderWinsWithoutClasspathIndex() throws IOException {
        write("app.jar", ArchiveBuilder.entries()
                .add(CONFIG, TRUST_YML)
                .addStored("BOOT-INF/lib/b-trust-1.0.jar", libraryWithCa("CN=B CA"))
                .addStored("BOOT-INF/lib/a-trust-1.0.jar", libraryWithCa("CN=A CA"))
                .zip());

        ConfigScan.Found found = new ConfigScan().readEntry(folder, config("app.jar", CONFIG, TRUST_YML));

        assertThat(found.locations()).singleElement().asString().contains("BOOT-INF/lib/b-trust-1.0.jar!/");
    }

    @Test
    void truncatedJarIsSkipped() throws IOException {
        byte[] truncated = Arrays.copyOf(libraryWithCa("CN=Truncated CA"), 100);
        write("app.jar", SpringBootFatJar.create().resource("application.yml", TRUST_YML)
                .library("a-trust-1.0.jar", truncated)
                .library("b-trust-1.0.jar", libraryWithCa("CN=B CA")).build());

        ConfigScan.Found found = new ConfigScan().readEntry(folder, config("app.jar", CONFIG, TRUST_YML));

        assertThat(found.locations()).singleElement().asString().contains("BOOT-INF/lib/b-trust-1.0.jar!/");
    }

    @Test
    void fatJarInsideTarIsSearched() throws IOException {
        byte[] jar = SpringBootFatJar.create().resource("application.yml", TRUST_YML)
                .library("mail-trust-1.0.jar", libraryWithCa("CN=Library CA")).build();
        write("release.tar.gz", ArchiveBuilder.entries().add("app/app.jar", jar).tarGz());
        Content config = new Content(Location.ofFile("release.tar.gz").entry("app/app.jar").entry(CONFIG),
                TRUST_YML.getBytes(StandardCharsets.UTF_8));

        ConfigScan.Found found = new ConfigScan().readEntry(folder, config);

        assertThat(found.locations()).containsExactly("release.tar.gz > app/app.jar > BOOT-INF/classes/application.yml"
                + " > key server.ssl.trust-certificate > classpath:certs/ca.pem"
                + " > BOOT-INF/lib/mail-trust-1.0.jar!/certs/ca.pem > block 1");
    }

    @Test
    void resourceInNoJarIsReferenceMissing() throws IOException {
        write("app.jar", SpringBootFatJar.create().resource("application.yml", TRUST_YML)
                .library("mail-trust-1.0.jar", ArchiveBuilder.entries().add("certs/other.pem", "x").zip()).build());

        ConfigScan.Found found = new ConfigScan().readEntry(folder, config("app.jar", CONFIG, TRUST_YML));

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.REFERENCE_MISSING);
        assertThat(found.onlyProblem().message()).contains("server.ssl.trust-certificate");
        assertThat(found.onlyProblem().message()).contains("'classpath:certs/ca.pem'");
        assertThat(found.onlyProblem().message()).contains("library JARs");
    }

    @Test
    void fileLocationIsNotSearchedInLibraries() throws IOException {
        String yaml = "server.ssl.trust-certificate: file:certs/ca.pem\n";
        write("app.jar", SpringBootFatJar.create().resource("application.yml", yaml)
                .library("mail-trust-1.0.jar", libraryWithCa("CN=Library CA")).build());

        ConfigScan.Found found = new ConfigScan().readEntry(folder, config("app.jar", CONFIG, yaml));

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.REFERENCE_MISSING);
    }

    @Test
    void warFindsResourceInWebInfLib() throws IOException {
        String yaml = "server.ssl.certificate: classpath:mail.pem\n";
        write("mail.war", ArchiveBuilder.entries()
                .add("WEB-INF/classes/config/application.yml", yaml)
                .add("WEB-INF/lib/mail-certs-2.0.jar", ArchiveBuilder.entries()
                        .add("mail.pem", TestCertificates.smime().pem()).zip())
                .zip());

        ConfigScan.Found found = new ConfigScan()
                .readEntry(folder, config("mail.war", "WEB-INF/classes/config/application.yml", yaml));

        assertThat(found.locations()).containsExactly("mail.war > WEB-INF/classes/config/application.yml"
                + " > key server.ssl.certificate > classpath:mail.pem > WEB-INF/lib/mail-certs-2.0.jar!/mail.pem"
                + " > block 1");
    }

    @Test
    void resourceAboveMaxFileBytesIsNotRead() throws IOException {
        String pem = TestCertificates.ca("CN=Library CA").pem() + "\n".repeat(200_000);
        write("app.jar", SpringBootFatJar.create().resource("application.yml", TRUST_YML)
                .library("mail-trust-1.0.jar", ArchiveBuilder.entries().add("certs/ca.pem", pem).zip()).build());
        ScanLimits defaults = ScanLimits.defaults();
        ScanLimits small = new ScanLimits(defaults.maxDepth(), defaults.maxEntries(), defaults.maxInflatedBytes(),
                Files.size(folder.resolve("app.jar")) + 1);

        ConfigScan.Found found = new ConfigScan().limits(small)
                .readEntry(folder, config("app.jar", CONFIG, TRUST_YML));

        assertThat(found.locations()).isEmpty();
        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.REFERENCE_MISSING);
    }

    @Test
    void libraryBytesCountAgainstInflatedBudget() throws IOException {
        write("app.jar", SpringBootFatJar.create().resource("application.yml", TRUST_YML)
                .library("mail-trust-1.0.jar", libraryWithCa("CN=Library CA")).build());
        ScanLimits defaults = ScanLimits.defaults();
        ScanLimits small = new ScanLimits(defaults.maxDepth(), defaults.maxEntries(), 64, defaults.maxFileBytes());

        ConfigScan.Found found = new ConfigScan().limits(small)
                .readEntry(folder, config("app.jar", CONFIG, TRUST_YML));

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.REFERENCE_MISSING);
    }

    @Test
    void scanReadsLibraryKeystore() throws IOException {
        byte[] keystore = TestCertificates.keystore("PKCS12", "lib-pass".toCharArray(),
                TestCertificates.smime().x509());
        String yaml = "server.ssl.key-store: classpath:mail.p12\nserver.ssl.key-store-password: lib-pass\n";
        write("app.jar", SpringBootFatJar.create().resource("application.yml", yaml)
                .library("mail-keys-1.0.jar", ArchiveBuilder.entries().add("mail.p12", keystore).zip()).build());

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations()).contains("app.jar > BOOT-INF/classes/application.yml"
                + " > key server.ssl.key-store > classpath:mail.p12 > BOOT-INF/lib/mail-keys-1.0.jar!/mail.p12"
                + " > alias \"cert1\"");
        assertThat(found.locations()).contains("app.jar > BOOT-INF/lib/mail-keys-1.0.jar > mail.p12 > alias \"cert1\"");
        assertThat(found.codes()).isEmpty();
    }

    private static byte[] libraryWithCa(String subject) {
        return ArchiveBuilder.entries().add("certs/ca.pem", TestCertificates.ca(subject).pem()).zip();
    }

    private void write(String name, byte[] bytes) throws IOException {
        Files.write(folder.resolve(name), bytes);
    }

    private static Content config(String archive, String entry, String text) {
        return new Content(Location.ofFile(archive).entry(entry), text.getBytes(StandardCharsets.UTF_8));
    }
}
