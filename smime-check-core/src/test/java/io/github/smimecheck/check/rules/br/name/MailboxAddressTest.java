package io.github.smimecheck.check.rules.br.name;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailboxAddressTest {

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource(delimiter = '|', value = {
        "alice@example.com|true",
        "alice.smith+tag@mail.example.co.uk|true",
        "\"alice smith\"@example.com|true",
        "\"a\\\"b\"@example.com|true",
        "o'brien@example.com|true",
        "alice@localhost|true",
        "alice|false",
        "@example.com|false",
        "alice@|false",
        "alice..smith@example.com|false",
        ".alice@example.com|false",
        "alice smith@example.com|false",
        "alice@example..com|false",
        "alice@-example.com|false",
        "alice@example-.com|false",
        "alice@[192.0.2.1]|false",
        "alice@example.com.|false",
        "山田@example.com|false",
        "alice@例え.jp|false"})
    void rfc822Syntax(String address, boolean valid) {
        assertThat(MailboxAddress.rfc822Problem(address).isEmpty()).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0} valid={1}")
    @CsvSource(delimiter = '|', value = {
        "山田@example.com|true",
        "山田.花子@xn--r8jz45g.jp|true",
        "alice@example.com|true",
        "山田|false",
        "山田@例え.jp|false",
        "山田 花子@example.com|false"})
    void smtpUtf8Syntax(String address, boolean valid) {
        assertThat(MailboxAddress.smtpUtf8Problem(address).isEmpty()).isEqualTo(valid);
    }

    @Test
    void localPartLimitIs64Octets() {
        assertThat(MailboxAddress.rfc822Problem("a".repeat(64) + "@example.com")).isEmpty();
        assertThat(MailboxAddress.rfc822Problem("a".repeat(65) + "@example.com")).isPresent();
        assertThat(MailboxAddress.smtpUtf8Problem("山".repeat(22) + "@example.com")).isPresent();
    }

    @Test
    void domainLimitIs253Characters() {
        String label = "a".repeat(62);
        String domain253 = String.join(".", label, label, label, label) + ".a";
        assertThat(domain253).hasSize(253);

        assertThat(MailboxAddress.domainProblem(domain253)).isEmpty();
        assertThat(MailboxAddress.domainProblem(domain253 + "a")).isPresent();
    }

    @Test
    void sameMailboxIgnoresDomainCaseOnly() {
        assertThat(MailboxAddress.sameMailbox("alice@Example.COM", "alice@example.com")).isTrue();
        assertThat(MailboxAddress.sameMailbox("Alice@example.com", "alice@example.com")).isFalse();
    }
}
