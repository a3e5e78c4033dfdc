package io.github.smimecheck.check.read;

import static io.github.smimecheck.check.testing.TestScans.certificateLocations;
import static io.github.smimecheck.check.testing.TestScans.onlyProblem;
import static io.github.smimecheck.check.testing.TestScans.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.ReadProblem;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs7ReaderTest {

    @TempDir
    Path folder;

    private final byte[] leaf = TestCertificates.smime().der();
    private final byte[] ca = TestCertificates.ca("CN=Example Root").der();

    @Test
    void derBundleReportsEveryCertificate() throws IOException {
        Files.write(folder.resolve("chain.p7b"), TestCertificates.pkcs7(leaf, ca));

        ScanResult result = scan(folder);

        assertThat(certificateLocations(result)).containsExactly("chain.p7b > certificate 1", "chain.p7b > certificate 2");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void bundleIsDetectedFromBytesNotName() throws IOException {
        Files.write(folder.resolve("chain.bin"), TestCertificates.pkcs7(leaf));

        assertThat(certificateLocations(scan(folder))).containsExactly("chain.bin > certificate 1");
    }

    @Test
    void pemPkcs7BlockIsReadAsNestedBundle() throws IOException {
        String pem = "-----BEGIN PKCS7-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(TestCertificates.pkcs7(leaf, ca))
                + "\n-----END PKCS7-----\n";
        Files.writeString(folder.resolve("chain.p7c"), pem);

        assertThat(certificateLocations(scan(folder)))
                .containsExactly("chain.p7c > block 1 > certificate 1", "chain.p7c > block 1 > certificate 2");
    }

    @Test
    void truncatedBundleIsContentProblem() throws IOException {
        byte[] bundle = TestCertificates.pkcs7(leaf, ca);
        Files.write(folder.resolve("chain.p7b"), Arrays.copyOf(bundle, bundle.length - 40));

        ReadProblem problem = onlyProblem(scan(folder));

        assertThat(problem.location().display()).isEqualTo("chain.p7b");
        assertThat(problem.finding().code()).isEqualTo("scan.content.invalid");
        assertThat(problem.finding().message()).startsWith("PKCS#7 SignedData could not be parsed (")
                .endsWith("; re-export the certificate bundle");
    }
}
