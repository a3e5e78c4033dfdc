package io.github.smimecheck.check.inventory;

import static io.github.smimecheck.check.testing.TestArchives.entries;
import static io.github.smimecheck.check.testing.TestArchives.gzip;
import static io.github.smimecheck.check.testing.TestArchives.tar;
import static io.github.smimecheck.check.testing.TestArchives.zip;
import static io.github.smimecheck.check.testing.TestScans.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.testing.TestCertificates;
import io.github.smimecheck.check.testing.TestKeystores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateLocationsTest {

    @TempDir
    Path folder;

    @Test
    void sameCertificateEverywhereIsOneEntry() throws IOException {
        TestCertificates alice = TestCertificates.smime();
        byte[] keystore = TestKeystores.of("PKCS12").trusted("alice", alice.x509()).write("");
        byte[] war = zip(entries("WEB-INF/classes/alice.pem", alice.pem(), "WEB-INF/trust.p12", keystore));
        Files.write(folder.resolve("trust.jks"), TestKeystores.of("JKS").trusted("alice", alice.x509()).write(""));
        Files.writeString(folder.resolve("alice.pem"), alice.pem());
        Files.write(folder.resolve("release.tar.gz"), gzip(tar(entries("app.war", war))));

        ScanResult result = scan(folder, options -> options.root(folder.resolve("trust.jks")));

        assertThat(result.certificates()).hasSize(1);
        assertThat(result.certificates().get(0).sha256()).isEqualTo(Inventory.sha256Hex(alice.der()));
        assertThat(result.certificates().get(0).locations()).extracting(Location::display).containsExactly(
                "alice.pem > block 1",
                "release.tar.gz > app.war > WEB-INF/classes/alice.pem > block 1",
                "release.tar.gz > app.war > WEB-INF/trust.p12 > alias \"alice\"",
                "trust.jks > alias \"alice\"");
    }
}
