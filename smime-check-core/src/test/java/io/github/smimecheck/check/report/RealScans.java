package io.github.smimecheck.check.report;

import io.github.smimecheck.check.ScanOptions;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.Scanner;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

/** Runs the real scanner over certificates written to a folder, for reports of a true scan. */
final class RealScans {

    private RealScans() {
    }

    /** Writes a clean, a weak and a TLS certificate and an unreadable PEM block into the folder, then scans it. */
    static ScanResult mixed(Path folder) throws IOException {
        Files.writeString(folder.resolve("alice.pem"), TestCertificates.smime().pem());
        Files.write(folder.resolve("weak.cer"), TestCertificates.smime().subject("CN=weak@example.com")
                .emails("weak@example.com").key("RSA:1024").signatureAlgorithm("SHA1withRSA").der());
        Files.writeString(folder.resolve("server.pem"), TestCertificates.tlsServer("mail.example.com").pem());
        Files.writeString(folder.resolve("broken.pem"),
                "-----BEGIN CERTIFICATE-----\nMIIB!!!notbase64\n-----END CERTIFICATE-----\n", StandardCharsets.UTF_8);

        ScanOptions options = ScanOptions.builder().root(folder).baseDirectory(folder)
                .clock(Clock.fixed(SampleResults.CLOCK, ZoneOffset.UTC)).asOf(SampleResults.AS_OF).build();
        return new Scanner().scan(options);
    }
}
