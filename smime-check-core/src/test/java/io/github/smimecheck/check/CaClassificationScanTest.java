package io.github.smimecheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.classify.Category;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans certificates with basicConstraints cA=true and checks which of them the S/MIME rules see. */
class CaClassificationScanTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Path SYSTEM_CA_BUNDLE = Path.of("/etc/ssl/certs/ca-certificates.crt");

    @TempDir
    Path folder;

    @Test
    void subscriberAssertingCaReportsCaTrue() throws IOException {
        Files.writeString(folder.resolve("alice.pem"), TestCertificates.smime()
                .extension(Extension.basicConstraints, true, new BasicConstraints(true)).pem());

        ScanResult result = scan();

        assertThat(result.certificates()).singleElement().extracting(certificate -> certificate.classification().category())
                .isEqualTo(Category.SMIME);
        assertThat(result.allFindings().map(Finding::code)).contains("smbr.basic_constraints.ca_true");
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void issuingCaStaysCa() throws IOException {
        Files.writeString(folder.resolve("issuing-ca.pem"), TestCertificates.ca("CN=Example S/MIME Issuing CA")
                .issuer("CN=Example Root").policies(TestCertificates.STRICT_MAILBOX_OID).pem());

        ScanResult result = scan();

        assertThat(result.certificates()).singleElement().extracting(certificate -> certificate.classification().category())
                .isEqualTo(Category.CA);
        assertThat(result.allFindings().map(Finding::code)).noneMatch(code -> code.startsWith("smbr."));
    }

    @Test
    void systemCaBundleHasNoSmimeCertificates() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SYSTEM_CA_BUNDLE), SYSTEM_CA_BUNDLE + " not found");
        Files.copy(SYSTEM_CA_BUNDLE, folder.resolve("ca-certificates.crt"));

        ScanResult result = scan();

        assertThat(result.certificates()).as("certificates read from " + SYSTEM_CA_BUNDLE).hasSizeGreaterThan(10);
        assertThat(result.certificates()).filteredOn(certificate -> certificate.classification().isSmime())
                .extracting(certificate -> certificate.certificate().getSubject().toString())
                .as("CA certificates of " + SYSTEM_CA_BUNDLE + " classified as S/MIME").isEmpty();
    }

    private ScanResult scan() {
        return new Scanner().scan(ScanOptions.builder().root(folder).baseDirectory(folder).clock(CLOCK).build());
    }
}
