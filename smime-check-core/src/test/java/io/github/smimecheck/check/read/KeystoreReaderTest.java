package io.github.smimecheck.check.read;

import static io.github.smimecheck.check.testing.TestScans.certificateLocations;
import static io.github.smimecheck.check.testing.TestScans.onlyProblem;
import static io.github.smimecheck.check.testing.TestScans.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.ReadProblem;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.testing.TestArchives;
import io.github.smimecheck.check.testing.TestCertificates;
import io.github.smimecheck.check.testing.TestKeystores;
import io.github.smimecheck.check.testing.TestKeystores.Pkcs12Protection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeystoreReaderTest {

    private static final Map<String, String> ENVIRONMENT = Map.of("STORE_PASS", "s3cret-Pa55");

    @TempDir
    Path folder;

    private final X509Certificate alice = TestCertificates.smime().x509();
    private final X509Certificate root = TestCertificates.ca("CN=Example Root").key("EC:secp256r1").x509();

    @ParameterizedTest
    @ValueSource(strings = {"JKS", "JCEKS", "PKCS12", "BCFKS"})
    void trustedEntryIsReportedAtAlias(String type) throws IOException {
        Files.write(folder.resolve("trust.store"), TestKeystores.of(type).trusted("alice", alice).write("s3cret-Pa55"));

        ScanResult result = scanWithPassword();

        assertThat(certificateLocations(result)).containsExactly("trust.store > alias \"alice\"");
        assertThat(result.problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JKS", "JCEKS", "PKCS12", "BCFKS"})
    void keyEntryChainIsReportedByPosition(String type) throws IOException {
        KeyPair pair = TestCertificates.smime().keyPair();
        PrivateKey rootKey = TestCertificates.ca("CN=Example Root").key("EC:secp256r1").keyPair().getPrivate();
        X509Certificate leaf = TestCertificates.smime().issuer("CN=Example Root").signedBy(rootKey).x509();
        Files.write(folder.resolve("signing.ks"), TestKeystores.of(type).key("signing", pair.getPrivate(), leaf, root)
                .write("s3cret-Pa55"));

        ScanResult result = scanWithPassword();

        assertThat(certificateLocations(result)).containsExactly(
                "signing.ks > alias \"signing\" > chain 1", "signing.ks > alias \"signing\" > chain 2");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void emptyPasswordOpensWithoutConfiguration() throws IOException {
        Files.write(folder.resolve("trust.jks"), TestKeystores.of("JKS").trusted("alice", alice).write(""));

        ScanResult result = scan(folder);

        assertThat(certificateLocations(result)).containsExactly("trust.jks > alias \"alice\"");
        assertThat(result.problems()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Pkcs12Protection.class)
    void certificateOnlyPkcs12IsRead(Pkcs12Protection protection) throws IOException {
        Files.write(folder.resolve("trust.p12"), TestKeystores.pkcs12(protection, "s3cret-Pa55", "alice", alice, root));

        ScanResult result = scanWithPassword();

        assertThat(certificateLocations(result))
                .containsExactly("trust.p12 > alias \"alice\"", "trust.p12 > certificate 2");
        assertThat(result.problems()).isEmpty();
    }

    /** BouncyCastle 1.87 refuses to write PBES2 with an empty password, so that variant is left out. */
    @ParameterizedTest
    @EnumSource(value = Pkcs12Protection.class, names = "AES256_SHA256_MAC", mode = EnumSource.Mode.EXCLUDE)
    void absentPasswordPkcs12OpensWithoutConfiguration(Pkcs12Protection protection) throws IOException {
        Files.write(folder.resolve("trust.p12"), TestKeystores.pkcs12(protection, "", "alice", alice));

        ScanResult result = scan(folder);

        assertThat(certificateLocations(result)).containsExactly("trust.p12 > alias \"alice\"");
        assertThat(result.problems()).isEmpty();
    }

    /** JDK 17 encrypts the bags with PBES2 and AES-256, which BouncyCastle's provider rejects for an empty password. */
    @Test
    void emptyPasswordPbes2Pkcs12IsRead() throws IOException {
        Files.write(folder.resolve("trust.p12"), TestKeystores.of("PKCS12").trusted("alice", alice).write(""));

        ScanResult result = scan(folder);

        assertThat(certificateLocations(result)).containsExactly("trust.p12 > alias \"alice\"");
        assertThat(result.problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JKS", "JCEKS", "PKCS12"})
    void wrongPasswordStillReadsUnverifiedCertificates(String type) throws IOException {
        byte[] store = "PKCS12".equals(type)
                ? TestKeystores.pkcs12(Pkcs12Protection.UNENCRYPTED_SHA256_MAC, "other", "alice", alice)
                : TestKeystores.of(type).trusted("alice", alice).write("other");
        Files.write(folder.resolve("trust.store"), store);

        ScanResult result = scanWithPassword();
        ReadProblem problem = onlyProblem(result);

        assertThat(certificateLocations(result)).containsExactly("trust.store > alias \"alice\"");
        assertThat(problem.location().display()).isEqualTo("trust.store");
        assertThat(problem.finding().code()).isEqualTo("scan.keystore.password");
        assertThat(problem.finding().message())
                .contains("smime.keystorePasswords entry 1 (for **/*), the empty password")
                .contains("1 certificate(s) were read from it without verifying its integrity")
                .contains("smime.keystorePasswords")
                .doesNotContain("s3cret-Pa55");
    }

    @Test
    void wrongPasswordOnEncryptedPkcs12ReadsNothing() throws IOException {
        Files.write(folder.resolve("trust.p12"),
                TestKeystores.pkcs12(Pkcs12Protection.AES256_SHA256_MAC, "other", "alice", alice));

        ScanResult result = scanWithPassword();
        ReadProblem problem = onlyProblem(result);

        assertThat(result.certificates()).isEmpty();
        assertThat(problem.finding().code()).isEqualTo("scan.keystore.password");
        assertThat(problem.finding().message()).startsWith("PKCS#12 keystore could not be opened with"
                + " smime.keystorePasswords entry 1 (for **/*), the empty password, the absent password; no"
                + " certificate could be read from it. Set smime.keystorePasswords to an entry such as \"**/trust.p12=STORE_PASSWORD\"");
    }

    @Test
    void wrongPasswordOnBcfksReadsNothing() throws IOException {
        Files.write(folder.resolve("trust.bcfks"), TestKeystores.of("BCFKS").trusted("alice", alice).write("other"));

        ScanResult result = scanWithPassword();

        assertThat(result.certificates()).isEmpty();
        assertThat(onlyProblem(result).finding().code()).isEqualTo("scan.keystore.password");
    }

    @Test
    void globMatchesKeystoreInsideArchive() throws IOException {
        byte[] keystore = TestKeystores.pkcs12(Pkcs12Protection.AES256_SHA256_MAC, "s3cret-Pa55", "alice", alice);
        Files.write(folder.resolve("app.war"), TestArchives.zip(TestArchives.entries("WEB-INF/keys/signing.p12", keystore)));

        ScanResult result = scan(folder, options -> options.environment(ENVIRONMENT)
                .keystorePasswords(List.of("app.war > WEB-INF/**/signing.p12=STORE_PASS")));

        assertThat(certificateLocations(result)).containsExactly("app.war > WEB-INF/keys/signing.p12 > alias \"alice\"");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void unsetVariableEntryIsNamedInFinding() throws IOException {
        Files.write(folder.resolve("trust.jks"), TestKeystores.of("JKS").trusted("alice", alice).write("other"));

        ScanResult result = scan(folder, options -> options.keystorePasswords(List.of("*.jks=MISSING_PASS")));

        assertThat(onlyProblem(result).finding().message())
                .contains("smime.keystorePasswords entry 1 (for *.jks), whose variable is not set")
                .doesNotContain("MISSING_PASS");
    }

    @Test
    void truncatedKeystoreIsContentProblem() throws IOException {
        byte[] store = TestKeystores.of("JKS").trusted("alice", alice).write("s3cret-Pa55");
        Files.write(folder.resolve("trust.jks"), Arrays.copyOf(store, store.length / 2));

        ReadProblem problem = onlyProblem(scanWithPassword());

        assertThat(problem.location().display()).isEqualTo("trust.jks");
        assertThat(problem.finding().code()).isEqualTo("scan.content.invalid");
        assertThat(problem.finding().message()).startsWith("JKS keystore could not be read (")
                .endsWith("check that the file is not truncated or corrupt and re-export it");
    }

    private ScanResult scanWithPassword() {
        return scan(folder, options -> options.environment(ENVIRONMENT).keystorePasswords(List.of("**/*=STORE_PASS")));
    }
}
