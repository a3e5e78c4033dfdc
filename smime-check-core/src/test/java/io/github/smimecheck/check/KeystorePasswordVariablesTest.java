package io.github.smimecheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.PasswordSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeystorePasswordVariablesTest {

    private static final Map<String, String> ENVIRONMENT = Map.of(
            "P12_PASSWORD", "p12-secret",
            "TRUST_PASSWORD", "changeit",
            "SIGNING_PASSWORD", "signing-secret");

    @Test
    void entriesAreParsedInOrder() {
        KeystorePasswordVariables variables = KeystorePasswordVariables.parse(
                "**/*.p12=P12_PASSWORD\nconfig/truststore.jks = TRUST_PASSWORD, signing.*=SIGNING_PASSWORD");

        assertThat(variables.entries()).containsExactly(
                new KeystorePasswordVariables.Entry("**/*.p12", "P12_PASSWORD"),
                new KeystorePasswordVariables.Entry("config/truststore.jks", "TRUST_PASSWORD"),
                new KeystorePasswordVariables.Entry("signing.*", "SIGNING_PASSWORD"));
    }

    @Test
    void blankTextHasNoEntries() {
        assertThat(KeystorePasswordVariables.parse(" \n ").entries()).isEmpty();
        assertThat(KeystorePasswordVariables.parse(null).entries()).isEmpty();
    }

    @Test
    void entryWithoutEqualsIsRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> KeystorePasswordVariables.parse("**/*.p12=P12_PASSWORD\nhunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid keystore password entry 2: it has no '='")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void passwordInPlaceOfVariableIsRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> KeystorePasswordVariables.parse("**/*.p12=s3cr3t!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the text after '=' for **/*.p12 is not an environment variable name")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void emptyGlobIsRejected() {
        assertThatThrownBy(() -> KeystorePasswordVariables.parse("=P12_PASSWORD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the glob before '=' is empty");
    }

    @Test
    void variableStartingWithDigitIsRejected() {
        assertThatThrownBy(() -> KeystorePasswordVariables.parse("*.p12=1PASSWORD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected GLOB=ENV_VAR such as **/*.p12=KEYSTORE_PASSWORD");
    }

    @Test
    void globMatchesFilePath() {
        PasswordSource source = source("config/*.jks=TRUST_PASSWORD");

        assertThat(passwords(source, Location.ofFile("config/truststore.jks"))).containsExactly("changeit");
    }

    @Test
    void globMatchesLeafNameOfNestedKeystore() {
        PasswordSource source = source("signing.p12=SIGNING_PASSWORD");
        Location nested = Location.ofFile("dist/app.war").entry("WEB-INF/classes/signing.p12");

        assertThat(passwords(source, nested)).containsExactly("signing-secret");
    }

    @Test
    void globMatchesArchiveEntryPath() {
        PasswordSource source = source("WEB-INF/**/*.p12=P12_PASSWORD");
        Location nested = Location.ofFile("dist/app.war").entry("WEB-INF/classes/keys/mail.p12");

        assertThat(passwords(source, nested)).containsExactly("p12-secret");
    }

    @Test
    void doubleStarGlobMatchesTopLevelFile() {
        PasswordSource source = source("**/*.p12=P12_PASSWORD");

        assertThat(passwords(source, Location.ofFile("mail.p12"))).containsExactly("p12-secret");
    }

    @Test
    void otherKeystoreGetsNoPassword() {
        PasswordSource source = source("config/*.jks=TRUST_PASSWORD");

        assertThat(passwords(source, Location.ofFile("dist/other.jks"))).isEmpty();
    }

    @Test
    void everyMatchingEntryContributesInOrder() {
        PasswordSource source = source("**/*.p12=P12_PASSWORD, signing.p12=SIGNING_PASSWORD");

        assertThat(passwords(source, Location.ofFile("keys/signing.p12")))
                .containsExactly("p12-secret", "signing-secret");
    }

    @Test
    void unsetVariableContributesNothing() {
        PasswordSource source = source("**/*.p12=MISSING_PASSWORD");

        assertThat(passwords(source, Location.ofFile("keys/signing.p12"))).isEmpty();
    }

    @Test
    void unsetVariableIsNamedInWarning() {
        KeystorePasswordVariables variables = KeystorePasswordVariables.parse(
                "**/*.p12=P12_PASSWORD, **/*.jks=MISSING_PASSWORD");

        assertThat(variables.unsetVariableLines(ENVIRONMENT)).containsExactly("smime-check: keystore password"
                + " variable MISSING_PASSWORD (for **/*.jks) is not set, so it gives no password for keystores"
                + " matching that glob");
    }

    @Test
    void warningsNeverContainValues() {
        KeystorePasswordVariables variables = KeystorePasswordVariables.parse("**/*.p12=P12_PASSWORD");

        assertThat(variables.unsetVariableLines(ENVIRONMENT)).isEmpty();
    }

    private static PasswordSource source(String text) {
        return KeystorePasswordVariables.parse(text).passwordSource(ENVIRONMENT);
    }

    private static List<String> passwords(PasswordSource source, Location location) {
        return source.passwordsFor(location).stream().map(String::new).toList();
    }
}
