package io.github.smimecheck.check.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExceptionsReaderTest {

    private static final String ENTRY = """
            exceptions:
              - id: EXC-1
                match:
                  subject: "CN=alice@example.com"
                codes: [smbr.key.rsa_modulus_invalid_length]
                owner: Mail Team
                approver: CISO
                reason: legacy gateway
                ticket: SEC-42
                approved: 2026-01-01
                expires: %s
            """;

    @TempDir
    Path folder;

    @Test
    void validEntryIsRead() throws Exception {
        List<DocumentedException> exceptions = read(ENTRY.formatted("2026-06-30"));

        DocumentedException exception = exceptions.get(0);
        assertThat(exception.id()).isEqualTo("EXC-1");
        assertThat(exception.owner()).isEqualTo("Mail Team");
        assertThat(exception.ticket()).isEqualTo("SEC-42");
        assertThat(exception.approved()).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(exception.expires()).isEqualTo(LocalDate.parse("2026-06-30"));
        assertThat(exception.codes()).containsExactly("smbr.key.rsa_modulus_invalid_length");
        assertThat(exception.source()).endsWith(".yaml:2");
    }

    @Test
    void durationAtCapIsAccepted() throws Exception {
        LocalDate atCap = LocalDate.parse("2026-01-01").plusDays(Policy.defaults().maxExceptionDays());

        assertThat(read(ENTRY.formatted(atCap))).hasSize(1);
    }

    @Test
    void durationDayBeforeCapIsAccepted() throws Exception {
        LocalDate beforeCap = LocalDate.parse("2026-01-01").plusDays(Policy.defaults().maxExceptionDays() - 1);

        assertThat(read(ENTRY.formatted(beforeCap))).hasSize(1);
    }

    @Test
    void durationDayAfterCapIsRejected() throws IOException {
        LocalDate afterCap = LocalDate.parse("2026-01-01").plusDays(Policy.defaults().maxExceptionDays() + 1);
        Path file = write(ENTRY.formatted(afterCap));

        assertThatThrownBy(() -> ExceptionsReader.read(file, Policy.defaults()))
                .isInstanceOf(PolicyFileException.class)
                .hasMessage(file + ":11: exception 'EXC-1' runs 181 days from approved 2026-01-01 to expires"
                        + " 2026-07-01; the policy allows at most 180 days (exceptions.maxDays); set expires on or"
                        + " before 2026-06-30 and renew the exception when it ends");
    }

    @Test
    void capComesFromPolicy() throws IOException {
        Path file = write(ENTRY.formatted("2026-01-31"));
        Policy policy = Policy.builder().maxExceptionDays(29).build();

        assertThatThrownBy(() -> ExceptionsReader.read(file, policy))
                .hasMessage(file + ":11: exception 'EXC-1' runs 30 days from approved 2026-01-01 to expires 2026-01-31;"
                        + " the policy allows at most 29 days (exceptions.maxDays); set expires on or before 2026-01-30"
                        + " and renew the exception when it ends");
    }

    @Test
    void missingExpiryNamesEntryAndLine() throws IOException {
        Path file = write(ENTRY.formatted("2026-03-01").replace("    expires: 2026-03-01\n", ""));

        assertThatThrownBy(() -> ExceptionsReader.read(file, Policy.defaults()))
                .hasMessage(file + ":2: exception 'EXC-1' has no expires; add 'expires:' to the entry");
    }

    @Test
    void invalidDateNamesFormat() throws IOException {
        Path file = write(ENTRY.formatted("31.03.2026"));

        assertThatThrownBy(() -> ExceptionsReader.read(file, Policy.defaults()))
                .hasMessage(file + ":11: exception 'EXC-1' expires '31.03.2026' is not a date; write it as"
                        + " yyyy-MM-dd, such as 2027-03-31");
    }

    @Test
    void expiryBeforeApprovalIsRejected() throws IOException {
        Path file = write(ENTRY.formatted("2025-12-31"));

        assertThatThrownBy(() -> ExceptionsReader.read(file, Policy.defaults()))
                .hasMessage(file + ":11: exception 'EXC-1' expires 2025-12-31 is before approved 2026-01-01;"
                        + " correct the dates");
    }

    @Test
    void missingOwnerNamesEntry() throws IOException {
        Path file = write(ENTRY.formatted("2026-03-01").replace("    owner: Mail Team\n", ""));

        assertThatThrownBy(() -> ExceptionsReader.read(file, Policy.defaults()))
                .hasMessage(file + ":2: exception 'EXC-1' has no owner; add 'owner:' to the entry");
    }

    @Test
    void missingApproverNamesEntry() throws IOException {
        Path file = write(ENTRY.formatted("2026-03-01").replace("    approver: CISO\n", ""));

        assertThatThrownBy(() -> ExceptionsReader.read(file, Policy.defaults()))
                .hasMessage(file + ":2: exception 'EXC-1' has no approver; add 'approver:' to the entry");
    }

    @Test
    void blankReasonIsRejected() throws IOException {
        Path file = write(ENTRY.formatted("2026-03-01").replace("reason: legacy gateway", "reason: \"  \""));

        assertThatThrownBy(() -> ExceptionsReader.read(file, Policy.defaults()))
                .hasMessage(file + ":8: exception 'EXC-1' has no reason; add 'reason:' to the entry");
    }

    @Test
    void missingMatchIsRejected() throws IOException {
        Path file = write(ENTRY.formatted("2026-03-01").replace("    match:\n      subject: \"CN=alice@example.com\"\n", ""));

        assertThatThrownBy(() -> ExceptionsReader.read(file, Policy.defaults()))
                .hasMessage(file + ":2: exception 'EXC-1' has no match; add 'match:' with sha256, issuer and serial,"
                        + " subject or location");
    }

    @Test
    void issuerWithoutSerialIsRejected() throws IOException {
        Path file = write(ENTRY.formatted("2026-03-01").replace("subject: \"CN=alice@example.com\"", "issuer: \"CN=CA\""));

        assertThatThrownBy(() -> ExceptionsReader.read(file, Policy.defaults()))
                .hasMessage(file + ":4: exception 'EXC-1' has an invalid match: issuer and serial identify a"
                        + " certificate only together; give both; correct the match");
    }

    @Test
    void unknownCodeSuggestsNearest() throws IOException {
        Path file = write(ENTRY.formatted("2026-03-01").replace("rsa_modulus_invalid_length", "rsa_modulus_length"));

        assertThatThrownBy(() -> ExceptionsReader.read(file, Policy.defaults()))
                .hasMessageStartingWith(file + ":5: exception 'EXC-1' covers unknown finding code"
                        + " 'smbr.key.rsa_modulus_length'; use a known code; the nearest are"
                        + " smbr.key.rsa_modulus_invalid_length");
    }

    @Test
    void exceptionFindingCodeCannotBeCovered() throws IOException {
        Path file = write(ENTRY.formatted("2026-03-01").replace("smbr.key.rsa_modulus_invalid_length",
                "policy.exception.expired"));

        assertThatThrownBy(() -> ExceptionsReader.read(file, Policy.defaults()))
                .hasMessageContaining("a finding about exceptions themselves");
    }

    @Test
    void duplicateIdIsRejected() throws IOException {
        String second = ENTRY.formatted("2026-03-01").replace("exceptions:\n", "");
        Path file = write(ENTRY.formatted("2026-03-01") + second);

        assertThatThrownBy(() -> ExceptionsReader.read(file, Policy.defaults()))
                .hasMessage(file + ":12: exception id 'EXC-1' is used twice; give each exception its own id");
    }

    @Test
    void entryWithoutIdIsNamedByPosition() throws IOException {
        Path file = write(ENTRY.formatted("2026-03-01").replace("  - id: EXC-1\n    match:", "  - match:"));

        assertThatThrownBy(() -> ExceptionsReader.read(file, Policy.defaults()))
                .hasMessage(file + ":2: exception entry 1 has no id; add 'id:' to the entry");
    }

    @Test
    void emptyListMeansNoExceptions() throws Exception {
        assertThat(read("exceptions:\n")).isEmpty();
    }

    @Test
    void missingTopLevelKeyIsRejected() throws IOException {
        Path file = write("exception: []\n");

        assertThatThrownBy(() -> ExceptionsReader.read(file, Policy.defaults()))
                .hasMessageStartingWith(file + ":1: unknown key 'exception'; use one of exceptions");
    }

    private List<DocumentedException> read(String yaml) throws IOException, PolicyFileException {
        return ExceptionsReader.read(write(yaml), Policy.defaults());
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(folder, "exceptions", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
