package io.github.smimecheck.check.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.testing.ArchiveBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceResolverTest {

    @TempDir
    Path folder;

    @Test
    void relativePathNextToConfig() throws IOException {
        write("app/config/mail.pem", "next to config");

        Optional<Content> found = resolver(folder).resolve(Location.ofFile("app/config/application.yml"), "mail.pem");

        assertThat(found).map(Content::location).map(Location::display).contains("app/config/mail.pem");
        assertThat(found).map(ReferenceResolverTest::text).contains("next to config");
    }

    @Test
    void relativePathFromScanRoot() throws IOException {
        write("certs/mail.pem", "from root");

        Optional<Content> found = resolver(folder).resolve(Location.ofFile("deploy/nginx.conf"), "certs/mail.pem");

        assertThat(found).map(ReferenceResolverTest::text).contains("from root");
    }

    @Test
    void absolutePathMapsBelowRoot() throws IOException {
        write("etc/nginx/site.crt", "root file system");

        Optional<Content> found = resolver(folder).resolve(Location.ofFile("etc/nginx/nginx.conf"),
                "/etc/nginx/site.crt");

        assertThat(found).map(ReferenceResolverTest::text).contains("root file system");
    }

    @Test
    void pathEscapingRootsIsNotRead() throws IOException {
        Path outside = Files.createDirectories(folder.resolve("outside"));
        Files.writeString(outside.resolve("host.pem"), "build machine file");
        Path root = Files.createDirectories(folder.resolve("project/artifact"));
        Files.writeString(root.resolve("application.yml"), "x");
        ReferenceResolver resolver = new ReferenceResolver(root, List.of(root), ScanLimits.defaults());

        Optional<Content> relative = resolver.resolve(Location.ofFile("application.yml"), "../../outside/host.pem");
        Optional<Content> absolute = resolver.resolve(Location.ofFile("application.yml"),
                outside.resolve("host.pem").toString());

        assertThat(relative).isEmpty();
        assertThat(absolute).isEmpty();
    }

    @Test
    void symbolicLinkOutOfRootIsNotRead() throws IOException {
        Path outside = Files.createDirectories(folder.resolve("outside"));
        Files.writeString(outside.resolve("host.pem"), "build machine file");
        Path root = Files.createDirectories(folder.resolve("artifact"));
        Files.createSymbolicLink(root.resolve("link.pem"), outside.resolve("host.pem"));

        Optional<Content> found = new ReferenceResolver(root, List.of(root), ScanLimits.defaults())
                .resolve(Location.ofFile("application.yml"), "link.pem");

        assertThat(found).isEmpty();
    }

    @Test
    void entryOfSameJarInsideTarGz() throws IOException {
        byte[] jar = ArchiveBuilder.entries()
                .add("BOOT-INF/classes/application.yml", "server.ssl.key-store: classpath:mail.p12")
                .add("BOOT-INF/classes/mail.p12", "keystore bytes").zip();
        Files.write(folder.resolve("release.tar.gz"), ArchiveBuilder.entries().add("./app/mail-service.jar", jar).tarGz());
        Location config = Location.ofFile("release.tar.gz").entry("./app/mail-service.jar")
                .entry("BOOT-INF/classes/application.yml");

        Optional<Content> found = resolver(folder).resolve(config, "mail.p12");

        assertThat(found).map(ReferenceResolverTest::text).contains("keystore bytes");
        assertThat(found).map(Content::location).map(Location::display)
                .contains("release.tar.gz > ./app/mail-service.jar > BOOT-INF/classes/mail.p12");
    }

    @Test
    void absolutePathInRootFileSystemTar() throws IOException {
        Files.write(folder.resolve("rootfs.tar"), ArchiveBuilder.entries()
                .add("etc/postfix/main.cf", "smtpd_tls_cert_file = /etc/ssl/mail.pem")
                .add("etc/ssl/mail.pem", "pem in image").tar());

        Optional<Content> found = resolver(folder).resolve(Location.ofFile("rootfs.tar").entry("etc/postfix/main.cf"),
                "/etc/ssl/mail.pem");

        assertThat(found).map(ReferenceResolverTest::text).contains("pem in image");
    }

    @Test
    void entryClimbingAboveArchiveIsNotFound() throws IOException {
        Files.write(folder.resolve("app.jar"), ArchiveBuilder.entries().add("application.yml", "x").add("mail.pem", "y")
                .zip());

        Optional<Content> found = resolver(folder).resolve(Location.ofFile("app.jar").entry("application.yml"),
                "../mail.pem");

        assertThat(found).isEmpty();
    }

    @Test
    void oversizedEntryIsNotRead() throws IOException {
        Files.write(folder.resolve("app.jar"), ArchiveBuilder.entries().add("application.yml", "x")
                .add("big.pem", "y".repeat(2048)).zip());
        ScanLimits small = new ScanLimits(8, 1000, 1_000_000, 1024);

        Optional<Content> found = new ReferenceResolver(folder, List.of(folder), small)
                .resolve(Location.ofFile("app.jar").entry("application.yml"), "big.pem");

        assertThat(found).isEmpty();
    }

    private ReferenceResolver resolver(Path root) {
        return new ReferenceResolver(root, List.of(root), ScanLimits.defaults());
    }

    private void write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String text(Content content) {
        return new String(content.bytes(), StandardCharsets.UTF_8);
    }
}
