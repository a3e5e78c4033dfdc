package io.github.smimecheck.check.report;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.ConfigurationFile;
import io.github.smimecheck.check.Outcome;
import io.github.smimecheck.check.Owner;
import io.github.smimecheck.check.ReadProblem;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.ScannedFile;
import io.github.smimecheck.check.classify.Category;
import io.github.smimecheck.check.classify.Classification;
import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.classify.ValidationType;
import io.github.smimecheck.check.inventory.Inventory;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.Severity;
import io.github.smimecheck.check.testing.TestCertificates;
import io.github.smimecheck.check.verdict.ExceptionStatus;
import io.github.smimecheck.check.verdict.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Scan results built directly from records, with every part a report shows: a failing, an
 * accepted, a warned and a clean certificate, an unreadable entry, owners, configuration files and
 * exceptions that are active, expired and unused.
 */
final class SampleResults {

    static final Instant CLOCK = Instant.parse("2026-06-01T08:30:00Z");
    static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    static final String HOSTILE_SUBJECT = "CN=<script>alert(1)</script> & \"friends\",O=Example";

    /** Built once, because ECDSA signatures differ each time a certificate is signed. */
    private static final ScanResult FULL = buildFull();

    private SampleResults() {
    }

    /** Returns a result with four certificates, one unreadable entry and three exceptions. */
    static ScanResult full() {
        return FULL;
    }

    private static ScanResult buildFull() {
        Owner mailTeam = new Owner("mail-team", List.of("alice@example.com"), "bob@example.com", List.of(), List.of(),
                "mail-team@example.com");

        CertificateResult failing = certificate(TestCertificates.smime().subject(HOSTILE_SUBJECT).key("RSA:1024")
                        .validity(AS_OF.minus(30, ChronoUnit.DAYS), AS_OF.plus(20, ChronoUnit.DAYS)).build(),
                List.of(Location.ofFile("app.war").entry("WEB-INF/classes/mail.p12").alias("signing"),
                        Location.ofFile("config/mail.pem").block(1)),
                List.of(new Finding("smbr.key.rsa_modulus_invalid_length", Severity.ERROR, "S/MIME BR 6.1.5",
                        "RSA modulus is 1024 bits; expected at least 2048; reissue with a 2048-bit key", null)),
                mailTeam);
        CertificateResult accepted = certificate(TestCertificates.smime().subject("CN=legacy@example.com")
                        .emails("legacy@example.com").validity(AS_OF.minus(300, ChronoUnit.DAYS),
                                AS_OF.minus(2, ChronoUnit.DAYS)).build(),
                List.of(Location.ofFile("config/legacy.cer")),
                List.of(new Finding("smbr.signature.weak_hash", Severity.ERROR, "S/MIME BR 7.1.3.2",
                        "signature uses SHA-1; expected SHA-256 or stronger; reissue the certificate", "EX-2026-01")),
                mailTeam);
        CertificateResult warned = certificate(TestCertificates.smime().subject("CN=carol@example.com")
                        .emails("carol@example.com").validity(AS_OF.minus(10, ChronoUnit.DAYS),
                                AS_OF.plus(200, ChronoUnit.DAYS)).key("EC:secp256r1").build(),
                List.of(Location.ofFile("config/carol.pem").block(1)),
                List.of(new Finding("policy.expiry.soon", Severity.WARNING, "organisation policy",
                        "certificate expires in 200 days; renew before the deadline", null)),
                null);
        CertificateResult server = new CertificateResult(sha256(TestCertificates.tlsServer("mail.example.com").build()),
                TestCertificates.tlsServer("mail.example.com").build(), Classification.of(Category.TLS_SERVER),
                List.of(Location.ofFile("config/server.pem").block(1)), List.of(), null);

        ReadProblem unreadable = new ReadProblem(Location.ofFile("app.war").entry("WEB-INF/keys/store.p12"),
                new Finding("read.keystore.password_missing", Severity.ERROR, "smime-check",
                        "keystore could not be opened: no password configured; set smime.passwords", null));

        return Verdict.decide(new ScanResult("9.9.9-test", CLOCK, AS_OF, List.of(Path.of("app.war"), Path.of("config")),
                List.of(new ScannedFile("app.war", 4096, "a".repeat(64)),
                        new ScannedFile("config/mail pem dir/../mail.pem", 1200, "b".repeat(64))),
                List.of(new ConfigurationFile("policy", "smime-policy.yaml", "c".repeat(64)),
                        new ConfigurationFile("exceptions", "smime-exceptions.yaml", "d".repeat(64)),
                        new ConfigurationFile("owners", "smime-owners.yaml", "e".repeat(64))),
                "minimumRsaBits: 2048\nexpiryWarningDays: 30\n",
                List.of(failing, accepted, warned, server), List.of(unreadable), exceptions(), Outcome.PASS));
    }

    /** Returns the full result without its configuration files, as when no policy file was given. */
    static ScanResult withoutConfiguration() {
        ScanResult full = full();
        return new ScanResult(full.toolVersion(), full.clockInstant(), full.asOf(), full.roots(), full.inputs(),
                List.of(), full.effectivePolicy(), full.certificates(), full.problems(), full.exceptions(),
                full.outcome());
    }

    /** Returns a result without any certificate, problem, exception or configuration. */
    static ScanResult empty() {
        return Verdict.decide(new ScanResult("9.9.9-test", CLOCK, AS_OF, List.of(Path.of(".")), List.of(), List.of(),
                "", List.of(), List.of(), List.of(), Outcome.PASS));
    }

    private static List<ExceptionStatus> exceptions() {
        ExceptionStatus active = new ExceptionStatus("EX-2026-01", "exceptions.yaml:2", "mail-team", "ciso@example.com",
                "legacy archive decryption only", "SEC-101", LocalDate.parse("2026-01-10"), LocalDate.parse("2026-09-30"),
                List.of("smbr.signature.weak_hash"), "location **/legacy.pem", ExceptionStatus.State.ACTIVE, 1, 0,
                List.of());
        ExceptionStatus expired = new ExceptionStatus("EX-2025-07", "exceptions.yaml:12", "mail-team",
                "ciso@example.com", "migration window", "SEC-77", LocalDate.parse("2025-07-01"),
                LocalDate.parse("2026-05-01"), List.of("smbr.key.rsa_modulus_invalid_length"), "sha256 4f2a",
                ExceptionStatus.State.EXPIRED, 0, 1,
                List.of(new Finding("policy.exception.expired", Severity.ERROR, "organisation policy",
                        "exception EX-2025-07 expired on 2026-05-01; renew it or fix the certificate", null)));
        ExceptionStatus unused = new ExceptionStatus("EX-2026-02", "exceptions.yaml:22", "web-team", "ciso@example.com",
                "old relay", "SEC-102", LocalDate.parse("2026-02-01"), LocalDate.parse("2026-12-31"),
                List.of("smbr.eku.email_protection_missing"), "subject CN=relay.*", ExceptionStatus.State.ACTIVE, 0, 0,
                List.of(new Finding("policy.exception.unused", Severity.WARNING, "organisation policy",
                        "exception EX-2026-02 covered no finding; remove it", null)));
        return List.of(active, expired, unused);
    }

    private static CertificateResult certificate(X509CertificateHolder certificate, List<Location> locations,
                                                 List<Finding> findings, Owner owner) {
        Classification classification = new Classification(Category.SMIME,
                new SmimeType(ValidationType.MAILBOX, Generation.STRICT), "reserved policy OID");
        return new CertificateResult(sha256(certificate), certificate, classification, locations, findings, owner);
    }

    static String sha256(X509CertificateHolder certificate) {
        try {
            return Inventory.sha256Hex(certificate.getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
