package io.github.smimecheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.classify.Category;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void cleanStrictMailboxCertificatePasses() throws IOException {
        Files.writeString(folder.resolve("alice.pem"), TestCertificates.smime().pem());

        ScanResult result = scan();

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.certificates()).hasSize(1);
        assertThat(result.certificates().get(0).classification().category()).isEqualTo(Category.SMIME);
        assertThat(result.certificates().get(0).findings()).extracting(Finding::code)
                .containsExactly("policy.owner.missing");
    }

    @Test
    void sameCertificateInTwoFilesIsOneEntry() throws IOException {
        String pem = TestCertificates.smime().pem();
        Files.writeString(folder.resolve("a.pem"), pem);
        Files.write(folder.resolve("b.cer"), TestCertificates.smime().der());

        ScanResult result = scan();

        assertThat(result.certificates()).hasSize(1);
        assertThat(result.certificates().get(0).locations()).extracting(location -> location.display())
                .containsExactly("a.pem > block 1", "b.cer");
    }

    @Test
    void weakCertificateFailsWithCodes() throws IOException {
        String pem = TestCertificates.smime().key("RSA:1024").signatureAlgorithm("SHA1withRSA")
                .extendedKeyUsage(KeyPurposeId.id_kp_clientAuth).policies(TestCertificates.STRICT_MAILBOX_OID).pem();
        Files.writeString(folder.resolve("weak.pem"), pem);

        ScanResult result = scan();

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(result.certificates().get(0).findings()).extracting(Finding::code)
                .contains("smbr.key.rsa_modulus_invalid_length", "smbr.signature.weak_hash",
                        "smbr.eku.email_protection_missing");
    }

    @Test
    void tlsServerCertificateIsInventoriedNotFailed() throws IOException {
        Files.writeString(folder.resolve("server.pem"), TestCertificates.tlsServer("mail.example.com").key("RSA:1024").pem());

        ScanResult result = scan();

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(result.certificates().get(0).classification().category()).isEqualTo(Category.TLS_SERVER);
    }

    @Test
    void garbagePemBlockReportedScanContinues() throws IOException {
        String broken = "-----BEGIN CERTIFICATE-----\nMIIB!!!notbase64\n-----END CERTIFICATE-----\n";
        Files.writeString(folder.resolve("bundle.pem"), broken + TestCertificates.smime().pem(), StandardCharsets.UTF_8);

        ScanResult result = scan();

        assertThat(result.certificates()).hasSize(1);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).location().display()).isEqualTo("bundle.pem > block 1");
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void undecodableExtendedKeyUsageFailsClosed() throws IOException {
        byte[] notASequence = {0x04, 0x02, 0x01, 0x02};
        String pem = TestCertificates.smime()
                .rawExtension(org.bouncycastle.asn1.x509.Extension.extendedKeyUsage, false, notASequence).pem();
        Files.writeString(folder.resolve("broken-eku.pem"), pem);

        ScanResult result = scan();

        assertThat(result.certificates()).hasSize(1);
        assertThat(result.certificates().get(0).classification().category()).isEqualTo(Category.OTHER);
        assertThat(result.certificates().get(0).findings()).extracting(Finding::code)
                .containsExactly("scan.certificate.unclassifiable");
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    private ScanResult scan() {
        return new Scanner().scan(ScanOptions.builder().root(folder).baseDirectory(folder).clock(CLOCK).build());
    }
}
