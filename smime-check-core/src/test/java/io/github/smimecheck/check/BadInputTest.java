package io.github.smimecheck.check;

import static io.github.smimecheck.check.testing.TestScans.certificateLocations;
import static io.github.smimecheck.check.testing.TestScans.onlyProblem;
import static io.github.smimecheck.check.testing.TestScans.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smimecheck.check.testing.TestCertificates;
import io.github.smimecheck.check.testing.TestKeystores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input is one finding naming the file, the reason and the fix; the rest is still read. */
class BadInputTest {

    @TempDir
    Path folder;

    @BeforeEach
    void writeGoodCertificate() throws IOException {
        Files.writeString(folder.resolve("good.pem"), TestCertificates.smime().pem());
    }

    @Test
    void garbageWithCertificateExtension() throws IOException {
        Files.writeString(folder.resolve("mail.cer"), "not a certificate at all", StandardCharsets.US_ASCII);

        ScanResult result = scan(folder);
        ReadProblem problem = onlyProblem(result);

        assertThat(certificateLocations(result)).containsExactly("good.pem > block 1");
        assertThat(problem.location().display()).isEqualTo("mail.cer");
        assertThat(problem.finding().code()).isEqualTo("scan.content.invalid");
        assertThat(problem.finding().message()).isEqualTo("file is named like a certificate or keystore but is not"
                + " in a known format: it starts with bytes 6e 6f 74 20 61 20 63 65 (expected PEM text, a DER"
                + " certificate, PKCS#7, PKCS#12, JKS, JCEKS or BCFKS); replace it with a valid export or remove it");
    }

    @Test
    void emptyFileWithCertificateExtension() throws IOException {
        Files.write(folder.resolve("empty.crt"), new byte[0]);

        ScanResult result = scan(folder);

        assertThat(onlyProblem(result).finding().message()).contains("not in a known format: the file is empty");
    }

    @Test
    void truncatedDer() throws IOException {
        byte[] der = TestCertificates.smime().der();
        Files.write(folder.resolve("cut.der"), Arrays.copyOf(der, der.length - 100));

        ScanResult result = scan(folder);
        ReadProblem problem = onlyProblem(result);

        assertThat(certificateLocations(result)).containsExactly("good.pem > block 1");
        assertThat(problem.location().display()).isEqualTo("cut.der");
        assertThat(problem.finding().code()).isEqualTo("scan.certificate.invalid");
        assertThat(problem.finding().message()).startsWith("not a valid DER X.509 certificate (")
                .endsWith("); re-export it from its source or remove it from the artifact");
    }

    @Test
    void wrongKeystorePassword() throws IOException {
        X509Certificate bob = TestCertificates.smime().subject("CN=bob@example.com").x509();
        Files.write(folder.resolve("trust.p12"),
                TestKeystores.pkcs12(TestKeystores.Pkcs12Protection.AES256_SHA256_MAC, "right", "bob", bob));

        ScanResult result = scan(folder, options -> options.environment(Map.of("P12_PASS", "wrong"))
                .keystorePasswords(List.of("*.p12=P12_PASS")));
        ReadProblem problem = onlyProblem(result);

        assertThat(certificateLocations(result)).containsExactly("good.pem > block 1");
        assertThat(problem.location().display()).isEqualTo("trust.p12");
        assertThat(problem.finding().code()).isEqualTo("scan.keystore.password");
        assertThat(problem.finding().message()).contains("could not be opened with smime.keystorePasswords entry 1 (for *.p12)")
                .contains("Set smime.keystorePasswords").doesNotContain("wrong").doesNotContain("right");
    }

    @Test
    void duplicateExtensionIsInvalid() throws IOException {
        byte[] der = TestCertificates.smime().subject("CN=dup@example.com")
                .derWithDuplicateExtension(Extension.extendedKeyUsage);
        Files.write(folder.resolve("dup.cer"), der);

        ScanResult result = scan(folder);
        ReadProblem problem = onlyProblem(result);

        assertThat(certificateLocations(result)).containsExactly("good.pem > block 1");
        assertThat(problem.location().display()).isEqualTo("dup.cer");
        assertThat(problem.finding().code()).isEqualTo("scan.certificate.invalid");
        assertThat(problem.finding().message()).isEqualTo("not a valid DER X.509 certificate (malformed data:"
                + " repeated extension found: 2.5.29.37); re-export it from its source or remove it from the artifact");
    }

    @Test
    void zeroPaddedSerialIsInvalid() throws Exception {
        byte[] der = TestCertificates.smime().subject("CN=padded@example.com").derWithZeroPaddedSerial();
        Files.write(folder.resolve("padded.cer"), der);

        ScanResult result = scan(folder);
        ReadProblem problem = onlyProblem(result);

        assertThat(jdkParses(der)).isTrue();
        assertThatThrownBy(() -> new X509CertificateHolder(der)).hasMessageContaining("malformed integer");
        assertThat(certificateLocations(result)).containsExactly("good.pem > block 1");
        assertThat(problem.location().display()).isEqualTo("padded.cer");
        assertThat(problem.finding().code()).isEqualTo("scan.certificate.invalid");
        assertThat(problem.finding().message()).startsWith("not a valid DER X.509 certificate (")
                .contains("malformed integer");
    }

    private static boolean jdkParses(byte[] der) {
        try {
            CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
