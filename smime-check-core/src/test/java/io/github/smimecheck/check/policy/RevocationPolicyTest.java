package io.github.smimecheck.check.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smimecheck.check.rules.Severity;
import io.github.smimecheck.check.rules.policy.RevocationStatusRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevocationPolicyTest {

    @TempDir
    Path folder;

    @Test
    void revocationIsOffByDefault() {
        RevocationSettings settings = Policy.defaults().revocation();

        assertThat(settings.mode()).isEqualTo(RevocationSettings.Mode.OFF);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.failWhenUnknown()).isTrue();
    }

    @Test
    void fileSetsEveryRevocationKey() throws Exception {
        Policy policy = PolicyReader.read(write("""
                revocation:
                  check: crl-then-ocsp
                  timeoutSeconds: 5
                  failWhenUnknown: false
                """));

        assertThat(policy.revocation().mode()).isEqualTo(RevocationSettings.Mode.CRL_THEN_OCSP);
        assertThat(policy.revocation().timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.revocation().failWhenUnknown()).isFalse();
    }

    @Test
    void omittedRevocationKeysKeepDefaults() throws Exception {
        Policy policy = PolicyReader.read(write("revocation:\n  check: OCSP\n"));

        assertThat(policy.revocation().mode()).isEqualTo(RevocationSettings.Mode.OCSP);
        assertThat(policy.revocation().timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.revocation().failWhenUnknown()).isTrue();
    }

    @Test
    void unknownModeNamesAllowedValues() throws IOException {
        Path file = write("revocation:\n  check: ldap\n");

        assertThatThrownBy(() -> PolicyReader.read(file))
                .hasMessage(file + ":2: unknown revocation check 'ldap'; use one of [off, crl, ocsp, crl-then-ocsp]");
    }

    @Test
    void zeroTimeoutIsRejected() throws IOException {
        Path file = write("revocation:\n  timeoutSeconds: 0\n");

        assertThatThrownBy(() -> PolicyReader.read(file))
                .hasMessage(file + ":2: revocation.timeoutSeconds must be positive, got 0; give the seconds one CRL"
                        + " or OCSP request may take, such as 10");
    }

    @Test
    void unknownIsErrorWhenFailWhenUnknown() throws Exception {
        Policy policy = PolicyReader.read(write("revocation:\n  check: crl\n"));

        assertThat(policy.severityFor(RevocationStatusRule.UNKNOWN)).contains(Severity.ERROR);
    }

    @Test
    void unknownIsWarningWithoutFailWhenUnknown() throws Exception {
        Policy policy = PolicyReader.read(write("revocation:\n  check: crl\n  failWhenUnknown: false\n"));

        assertThat(policy.severityFor(RevocationStatusRule.UNKNOWN)).contains(Severity.WARNING);
        assertThat(policy.severityFor(RevocationStatusRule.REVOKED)).contains(Severity.ERROR);
    }

    @Test
    void severityMapWinsOverFailWhenUnknown() throws Exception {
        Policy policy = PolicyReader.read(write("""
                revocation:
                  check: crl
                  failWhenUnknown: false
                severity:
                  policy.revocation.unknown: INFO
                """));

        assertThat(policy.severityFor(RevocationStatusRule.UNKNOWN)).contains(Severity.INFO);
    }

    @Test
    void effectivePolicyRoundTripsRevocation() throws Exception {
        Policy policy = PolicyReader.read(write("revocation:\n  check: ocsp\n  timeoutSeconds: 3\n"));

        Policy reread = PolicyReader.read(write(policy.effectiveYaml()));

        assertThat(reread.revocation()).isEqualTo(policy.revocation());
        assertThat(policy.effectiveYaml()).contains("revocation:\n  check: ocsp\n  timeoutSeconds: 3\n");
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(folder, "policy", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
