package io.github.smimecheck.check.rules.br.name;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.Outcome;
import io.github.smimecheck.check.ScanOptions;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.Scanner;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans real files so the name rules are exercised through discovery, registry and verdict. */
class NameRulesScanTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path folder;

    @Test
    void cleanOrganizationCertificatePasses() throws IOException {
        write(TestCertificates.smime().type("ORGANIZATION/STRICT")
                .subject("CN=Acme Ltd,O=Acme Ltd,organizationIdentifier=NTRGB-12345678,C=GB"));

        ScanResult result = scan(Policy.defaults());

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(baselineCodes(result)).isEmpty();
    }

    @Test
    void wrongOrganizationIdentifierFailsScan() throws IOException {
        write(TestCertificates.smime().type("ORGANIZATION/STRICT")
                .subject("CN=Acme Ltd,O=Acme Ltd,organizationIdentifier=TAXGB-12345678,C=GB"));

        ScanResult result = scan(Policy.defaults());

        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(baselineCodes(result)).containsExactly("smbr.subject.org_identifier_unknown_scheme");
    }

    @Test
    void germanNtrWarningKeepsScanPassing() throws IOException {
        write(TestCertificates.smime().type("ORGANIZATION/STRICT")
                .subject("CN=Acme GmbH,O=Acme GmbH,organizationIdentifier=NTRDE-HRB12345,C=DE"));

        ScanResult result = scan(Policy.defaults());

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
        assertThat(baselineCodes(result)).containsExactly("smbr.subject.org_identifier_ntr_de_not_euid");
    }

    @Test
    void policyCanSwitchNameCodeOff() throws IOException {
        write(TestCertificates.smime().type("ORGANIZATION/STRICT")
                .subject("CN=Acme Ltd,O=Acme Ltd,organizationIdentifier=TAXGB-12345678,C=GB"));
        Policy policy = Policy.builder().severity("smbr.subject.org_identifier_unknown_scheme", "OFF").build();

        ScanResult result = scan(policy);

        assertThat(result.outcome()).isEqualTo(Outcome.PASS);
    }

    /** Returns the Baseline Requirements codes only: organisation-policy findings such as a missing owner are not tested here. */
    private static List<String> baselineCodes(ScanResult result) {
        return result.certificates().get(0).findings().stream().map(Finding::code)
                .filter(code -> code.startsWith("smbr.")).toList();
    }

    private void write(TestCertificates certificate) throws IOException {
        Files.writeString(folder.resolve("certificate.pem"), certificate.pem());
    }

    private ScanResult scan(Policy policy) {
        return new Scanner().scan(ScanOptions.builder().root(folder).baseDirectory(folder).asOf(AS_OF)
                .policy(policy).build());
    }
}
