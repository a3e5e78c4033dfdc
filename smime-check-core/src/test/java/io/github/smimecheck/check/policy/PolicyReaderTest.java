package io.github.smimecheck.check.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smimecheck.check.classify.Category;
import io.github.smimecheck.check.rules.Severity;
import io.github.smimecheck.check.rules.policy.ExpiryWindowRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyReaderTest {

    private static final String SPKI_SHA256 = "5f0c2a9e8d7b6a5948372615f4e3d2c1b0a99887766554433221100ffeeddccb";

    @TempDir
    Path folder;

    @Test
    void defaultsComeFromEmbeddedYaml() {
        Policy policy = Policy.defaults();

        assertThat(policy.rsaMinimumBits()).isEqualTo(2048);
        assertThat(policy.expiryWarningDays()).isEqualTo(60);
        assertThat(policy.expiryFailureDays()).isEqualTo(14);
        assertThat(policy.maxValidityDays()).isEqualTo(825);
        assertThat(policy.maxExceptionDays()).isEqualTo(180);
        assertThat(policy.expiryCategories()).containsExactly(Category.SMIME);
        assertThat(policy.approvedIssuers()).isEmpty();
        assertThat(policy.failOnUnreadable()).isTrue();
        assertThat(policy.failOnUnusedExceptions()).isFalse();
    }

    @Test
    void fileOverridesOnlyTheKeysItNames() throws Exception {
        Policy policy = PolicyReader.read(write("""
                keys:
                  rsaMinimumBits: 3072
                expiry:
                  failureDays: 30
                """));

        assertThat(policy.rsaMinimumBits()).isEqualTo(3072);
        assertThat(policy.ecCurves()).containsExactly("P-256", "P-384", "P-521");
        assertThat(policy.expiryFailureDays()).isEqualTo(30);
        assertThat(policy.expiryWarningDays()).isEqualTo(60);
        assertThat(policy.maxValidityDays()).isEqualTo(825);
    }

    @Test
    void severityOverrideApplies() throws Exception {
        Policy policy = PolicyReader.read(write("""
                severity:
                  policy.validity.expiring_soon: error
                  policy.owner.missing: OFF
                """));

        assertThat(policy.severityFor(ExpiryWindowRule.EXPIRING_SOON)).contains(Severity.ERROR);
        assertThat(policy.severityFor("policy.owner.missing", Severity.WARNING)).isEmpty();
    }

    @Test
    void unknownKeyNamesLineAndKnownKeys() throws IOException {
        Path file = write("""
                maxValidityDays: 398
                maxValidityDay: 397
                """);

        assertThatThrownBy(() -> PolicyReader.read(file))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith(file + ":2: unknown key 'maxValidityDay'")
                .hasMessageContaining("maxValidityDays");
    }

    @Test
    void unknownCodeSuggestsNearestCodes() throws IOException {
        Path file = write("""
                severity:
                  policy.owner.mising: ERROR
                """);

        assertThatThrownBy(() -> PolicyReader.read(file))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith(file + ":2: unknown finding code 'policy.owner.mising'")
                .hasMessageContaining("the nearest are policy.owner.missing");
    }

    @Test
    void invalidSeverityNamesAllowedValues() throws IOException {
        Path file = write("""
                severity:
                  policy.owner.missing: FATAL
                """);

        assertThatThrownBy(() -> PolicyReader.read(file))
                .hasMessage(file + ":2: unknown severity 'FATAL'; use one of [ERROR, WARNING, INFO, OFF]");
    }

    @Test
    void unknownCurveNamesLineAndFix() throws IOException {
        Path file = write("""
                keys:
                  ecCurves: [P-256, P-999]
                """);

        assertThatThrownBy(() -> PolicyReader.read(file))
                .hasMessageStartingWith(file + ":2: unknown EC curve 'P-999'")
                .hasMessageContaining("P-256, secp384r1");
    }

    @Test
    void unknownSignatureAlgorithmNamesLine() throws IOException {
        Path file = write("""
                signatureAlgorithms:
                  - SHA256withRSA
                  - SHA256withFOO
                """);

        assertThatThrownBy(() -> PolicyReader.read(file))
                .hasMessageStartingWith(file + ":2: unknown signature algorithm 'SHA256withFOO'");
    }

    @Test
    void emptySignatureListIsRejected() throws IOException {
        Path file = write("signatureAlgorithms: []\n");

        assertThatThrownBy(() -> PolicyReader.read(file))
                .hasMessage(file + ":1: signatureAlgorithms is empty, which would reject every certificate; list at"
                        + " least one value or remove the key to keep the default");
    }

    @Test
    void failureWindowLongerThanWarningIsRejected() throws IOException {
        Path file = write("""
                expiry:
                  warningDays: 10
                  failureDays: 20
                """);

        assertThatThrownBy(() -> PolicyReader.read(file))
                .hasMessageStartingWith(file + ":2: expiry.failureDays (20) is larger than expiry.warningDays (10)");
    }

    @Test
    void wrongValueTypeNamesLine() throws IOException {
        Path file = write("""
                failOnUnreadable: true
                maxValidityDays: forever
                """);

        assertThatThrownBy(() -> PolicyReader.read(file))
                .hasMessageStartingWith(file + ":2: invalid value: Cannot deserialize value of type `java.lang.Integer`");
    }

    @Test
    void reservedPolicyOidCannotBeMapped() throws IOException {
        Path file = write("""
                privatePolicyOids:
                  2.23.140.1.5.1.3: MAILBOX/LEGACY
                """);

        assertThatThrownBy(() -> PolicyReader.read(file))
                .hasMessageContaining("is a reserved S/MIME policy OID");
    }

    @Test
    void privatePolicyOidIsMapped() throws Exception {
        Policy policy = PolicyReader.read(write("""
                privatePolicyOids:
                  1.3.6.1.4.1.99999.1: sponsored/strict
                """));

        assertThat(policy.privatePolicyOids().get("1.3.6.1.4.1.99999.1")).hasToString("SPONSORED/STRICT");
    }

    @Test
    void invalidSmimeTypeNamesAllowedTypes() throws IOException {
        Path file = write("""
                privatePolicyOids:
                  1.3.6.1.4.1.99999.1: sponsor/strict
                """);

        assertThatThrownBy(() -> PolicyReader.read(file))
                .hasMessage(file + ":2: invalid S/MIME type 'sponsor/strict'; write VALIDATION/GENERATION with a"
                        + " validation type of [MAILBOX, ORGANIZATION, SPONSORED, INDIVIDUAL] and a generation of"
                        + " [LEGACY, MULTIPURPOSE, STRICT], such as MAILBOX/STRICT");
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path file = write("");

        assertThatThrownBy(() -> PolicyReader.read(file)).hasMessage(file + ": file is empty; add the entries or"
                + " leave smime.policy unset");
    }

    @Test
    void missingFileNamesProperty() {
        Path file = folder.resolve("absent.yaml");

        assertThatThrownBy(() -> PolicyReader.read(file))
                .hasMessage(file + ": file not found; check the path given in smime.policy");
    }

    @Test
    void missingFileNamesFrontEndSetting() {
        Configuration.SettingNames jenkins = new Configuration.SettingNames("policyFile", "exceptionsFile", "ownersFile");

        assertThatThrownBy(() -> Configuration.load(folder, null, folder.resolve("absent.yaml"), null, jenkins))
                .hasMessage("absent.yaml: file not found; check the path given in exceptionsFile");
    }

    @Test
    void duplicateKeyIsRejected() throws IOException {
        Path file = write("""
                maxValidityDays: 398
                maxValidityDays: 825
                """);

        assertThatThrownBy(() -> PolicyReader.read(file)).isInstanceOf(PolicyFileException.class)
                .hasMessageContaining("maxValidityDays");
    }

    @Test
    void aliasIsRejected() throws IOException {
        Path file = write("""
                keys:
                  ecCurves: &curves [P-256]
                  edwardsCurves: *curves
                """);

        assertThatThrownBy(() -> PolicyReader.read(file))
                .hasMessage(file + ":3: alias '*curves' is not supported; write the value out in full");
    }

    @Test
    void deepNestingIsRejected() throws IOException {
        Path file = write("severity: " + "{a: ".repeat(30) + "1" + "}".repeat(30) + "\n");

        assertThatThrownBy(() -> PolicyReader.read(file)).isInstanceOf(PolicyFileException.class)
                .hasMessageContaining("nesting depth (21) exceeds the maximum allowed (20");
    }

    @Test
    void oversizedFileIsRejected() throws IOException {
        Path file = write("# " + "x".repeat(YamlFile.MAX_BYTES) + "\n");

        assertThatThrownBy(() -> PolicyReader.read(file))
                .hasMessageStartingWith(file + ": file is " + Files.size(file) + " bytes; the limit is 1048576");
    }

    @Test
    void effectivePolicyReadsBackToSamePolicy() throws Exception {
        Policy policy = PolicyReader.read(write("""
                keys:
                  algorithms: [RSA, EC]
                  rsaMinimumBits: 3072
                approvedIssuers:
                  - subject: "CN=Example CA, O=Example"
                    keyIdentifier: "0a:0b"
                  - subject: "CN=Example CA R2, O=Example"
                    spkiSha256: "%s"
                severity:
                  policy.owner.missing: ERROR
                """.formatted(SPKI_SHA256)));

        Policy reread = PolicyReader.read(write(policy.effectiveYaml()));

        assertThat(reread.effectiveYaml()).isEqualTo(policy.effectiveYaml());
        assertThat(reread.approvedIssuers()).containsExactly(new ApprovedIssuer("CN=Example CA,O=Example", "0a0b"),
                new ApprovedIssuer("CN=Example CA R2,O=Example", null, SPKI_SHA256));
    }

    @Test
    void spkiSha256IsNormalized() throws Exception {
        Path file = write("""
                approvedIssuers:
                  - subject: "CN=Example CA"
                    spkiSha256: "%s"
                """.formatted(SPKI_SHA256.toUpperCase(java.util.Locale.ROOT)));

        assertThat(PolicyReader.read(file).approvedIssuers()).extracting(ApprovedIssuer::spkiSha256)
                .containsExactly(SPKI_SHA256);
    }

    @Test
    void shortSpkiSha256NamesLineAndFix() throws IOException {
        Path file = write("""
                approvedIssuers:
                  - subject: "CN=Example CA"
                    spkiSha256: "0a0b"
                """);

        assertThatThrownBy(() -> PolicyReader.read(file))
                .hasMessageStartingWith(file + ":2: invalid approved issuer: spkiSha256 has 2 bytes, expected 32")
                .hasMessageContaining("openssl dgst -sha256");
    }

    @Test
    void defaultEffectivePolicyIsStable() {
        assertThat(Policy.defaults().effectiveYaml()).isEqualTo(Policy.builder().build().effectiveYaml());
        assertThat(Policy.defaults().effectiveYaml()).contains("rsaMinimumBits: 2048");
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(folder, "policy", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
