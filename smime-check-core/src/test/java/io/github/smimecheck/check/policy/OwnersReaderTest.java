package io.github.smimecheck.check.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smimecheck.check.Owner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnersReaderTest {

    private static final String ENTRY = """
            owners:
              - id: mail-gateway
                match:
                  location: "**/mail.p12"
                accountable: Jane Doe
                responsible: [Mail Team]
                consulted: [Security]
                informed: [Service Desk]
                contact: mail-team@example.com
            """;

    @TempDir
    Path folder;

    @Test
    void validEntryIsRead() throws Exception {
        List<OwnerEntry> owners = OwnersReader.read(write(ENTRY));

        Owner owner = owners.get(0).owner();
        assertThat(owner.id()).isEqualTo("mail-gateway");
        assertThat(owner.accountable()).isEqualTo("Jane Doe");
        assertThat(owner.responsible()).containsExactly("Mail Team");
        assertThat(owner.consulted()).containsExactly("Security");
        assertThat(owner.informed()).containsExactly("Service Desk");
        assertThat(owner.contact()).isEqualTo("mail-team@example.com");
        assertThat(owners.get(0).source()).endsWith(".yaml:2");
    }

    @Test
    void missingAccountableNamesEntry() throws IOException {
        Path file = write(ENTRY.replace("    accountable: Jane Doe\n", ""));

        assertThatThrownBy(() -> OwnersReader.read(file))
                .hasMessage(file + ":2: owner 'mail-gateway' has no accountable; add 'accountable:' to the entry");
    }

    @Test
    void twoAccountablePeopleAreRejected() throws IOException {
        Path file = write(ENTRY.replace("accountable: Jane Doe", "accountable: [Jane Doe, John Roe]"));

        assertThatThrownBy(() -> OwnersReader.read(file))
                .isInstanceOf(PolicyFileException.class)
                .hasMessageStartingWith(file + ":5: invalid value");
    }

    @Test
    void missingMatchNamesEntry() throws IOException {
        Path file = write(ENTRY.replace("    match:\n      location: \"**/mail.p12\"\n", ""));

        assertThatThrownBy(() -> OwnersReader.read(file))
                .hasMessage(file + ":2: owner 'mail-gateway' has no match; add 'match:' with sha256, issuer and serial,"
                        + " subject or location");
    }

    @Test
    void duplicateIdIsRejected() throws IOException {
        Path file = write(ENTRY + ENTRY.replace("owners:\n", ""));

        assertThatThrownBy(() -> OwnersReader.read(file))
                .hasMessage(file + ":10: owner 'mail-gateway' is used twice; give each owner entry its own id");
    }

    @Test
    void invalidSubjectRegexIsRejected() throws IOException {
        Path file = write(ENTRY.replace("location: \"**/mail.p12\"", "subject: \"CN=(alice\""));

        assertThatThrownBy(() -> OwnersReader.read(file))
                .hasMessage(file + ":4: owner 'mail-gateway' has an invalid match: subject 'CN=(alice' is not a"
                        + " valid regular expression (Unclosed group near index 9); correct the match");
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(folder, "owners", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
