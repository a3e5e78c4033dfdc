package io.github.smimecheck.check.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smimecheck.check.inventory.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvironmentPasswordSourceTest {

    private static final Location NESTED = Location.ofFile("dist/app.war").entry("WEB-INF/keys/signing.p12");

    private static final Map<String, String> ENVIRONMENT = Map.of(
            "P12_PASSWORD", "p12-secret",
            "TRUST_PASSWORD", "changeit",
            "SIGNING_PASSWORD", "signing-secret");

    @ParameterizedTest(name = "{0} matches: {1}")
    @CsvSource({
            "signing.p12, true",
            "*.p12, true",
            "*.jks, false",
            "'*.{jks,p12}', true",
            "**/signing.p12, true",
            "dist/app.war > WEB-INF/keys/signing.p12, true",
            "dist/*.war > **, true",
            "dist/*.p12, false",
            "sign?ng.p12, true",
            "WEB-INF/**/*.p12, true",
            "dist/app.war, true",
            "other/app.war, false"})
    void globMatchesLocation(String glob, boolean expected) {
        EnvironmentPasswordSource source = EnvironmentPasswordSource.parse(List.of(glob + "=PASS"), Map.of("PASS", "x"));

        assertThat(source.passwordsFor(NESTED)).hasSize(expected ? 1 : 0);
    }

    @Test
    void globMatchesFilePath() {
        EnvironmentPasswordSource source = source("config/*.jks=TRUST_PASSWORD");

        assertThat(passwords(source, Location.ofFile("config/truststore.jks"))).containsExactly("changeit");
    }

    @Test
    void globMatchesWindowsFilePath() {
        EnvironmentPasswordSource source = source("config\\*.jks=TRUST_PASSWORD");

        assertThat(passwords(source, Location.ofFile("config\\truststore.jks"))).containsExactly("changeit");
    }

    @Test
    void doubleStarGlobMatchesTopLevelFile() {
        EnvironmentPasswordSource source = source("**/*.p12=P12_PASSWORD");

        assertThat(passwords(source, Location.ofFile("mail.p12"))).containsExactly("p12-secret");
    }

    @Test
    void otherKeystoreGetsNoPassword() {
        EnvironmentPasswordSource source = source("config/*.jks=TRUST_PASSWORD");

        assertThat(passwords(source, Location.ofFile("dist/other.jks"))).isEmpty();
    }

    @Test
    void everyMatchingVariableIsTriedInOrder() {
        EnvironmentPasswordSource source = EnvironmentPasswordSource.parse(
                List.of("*.p12=FIRST", "*.jks=OTHER", "**=SECOND"), Map.of("FIRST", "one", "OTHER", "x", "SECOND", "two"));

        assertThat(source.passwordsFor(NESTED)).extracting(String::new).containsExactly("one", "two");
    }

    @Test
    void unsetVariableContributesNothing() {
        EnvironmentPasswordSource source = source("**/*.p12=MISSING_PASSWORD");

        assertThat(passwords(source, Location.ofFile("keys/signing.p12"))).isEmpty();
    }

    @Test
    void sourcesNameEntriesNotVariables() {
        EnvironmentPasswordSource source = EnvironmentPasswordSource.parse(
                List.of("*.p12=SET", "*.p12=UNSET"), Map.of("SET", "hunter2"));

        assertThat(source.sourcesFor(NESTED)).containsExactly("smime.keystorePasswords entry 1 (for *.p12)",
                "smime.keystorePasswords entry 2 (for *.p12), whose variable is not set");
    }

    @Test
    void unsetVariableWarningNamesEntry() {
        EnvironmentPasswordSource source = source("**/*.p12=P12_PASSWORD, **/*.jks=MISSING_PASSWORD");

        assertThat(source.unsetVariableLines()).containsExactly("smime-check: the environment variable named by"
                + " smime.keystorePasswords entry 2 (for **/*.jks) is not set, so that entry gives no password for"
                + " keystores matching its glob; check that the text after '=' is the name of a variable that holds"
                + " the password, not the password itself");
    }

    @Test
    void mappingTextOmitsVariable() {
        EnvironmentPasswordSource.Mapping mapping = EnvironmentPasswordSource.Mapping.parse("**/*.p12=NpSecret2026", 3);

        assertThat(mapping).hasToString("smime.keystorePasswords entry 3 (for **/*.p12)");
    }

    @Test
    void setVariablesGiveNoWarning() {
        EnvironmentPasswordSource source = source("**/*.p12=P12_PASSWORD");

        assertThat(source.unsetVariableLines()).isEmpty();
    }

    @Test
    void textIsSplitAtLinesAndCommas() {
        List<String> entries = EnvironmentPasswordSource.splitEntries(
                "**/*.p12=P12_PASSWORD\r\nconfig/truststore.jks = TRUST_PASSWORD, signing.*=SIGNING_PASSWORD");

        assertThat(entries).containsExactly(
                "**/*.p12=P12_PASSWORD", "config/truststore.jks = TRUST_PASSWORD", "signing.*=SIGNING_PASSWORD");
    }

    @Test
    void commaInsideBracesStaysInGlob() {
        List<String> entries = EnvironmentPasswordSource.splitEntries("*.{jks,p12}=STORE_PASSWORD, *.pfx=PFX");

        assertThat(entries).containsExactly("*.{jks,p12}=STORE_PASSWORD", "*.pfx=PFX");
    }

    @Test
    void blankTextHasNoEntries() {
        assertThat(EnvironmentPasswordSource.splitEntries(" \n , ")).isEmpty();
        assertThat(EnvironmentPasswordSource.splitEntries(null)).isEmpty();
    }

    @Test
    void mappingsKeepGlobAndVariable() {
        List<EnvironmentPasswordSource.Mapping> mappings = EnvironmentPasswordSource.mappings(
                List.of("config/truststore.jks = TRUST_PASSWORD"));

        assertThat(mappings).extracting(EnvironmentPasswordSource.Mapping::glob).containsExactly("config/truststore.jks");
        assertThat(mappings).extracting(EnvironmentPasswordSource.Mapping::variable).containsExactly("TRUST_PASSWORD");
    }

    @Test
    void entryWithoutEqualsIsRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> EnvironmentPasswordSource.mappings(List.of("**/*.p12=P12_PASSWORD", "hunter2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid keystore password entry 2: it has no '='")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void passwordAsVariableNotEchoed() {
        assertThatThrownBy(() -> EnvironmentPasswordSource.mappings(List.of("**/*.p12=s3cr3t!")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the text after '=' for **/*.p12 is not an environment variable name")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void emptyGlobIsRejected() {
        assertThatThrownBy(() -> EnvironmentPasswordSource.mappings(List.of("=P12_PASSWORD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the glob before '=' is empty");
    }

    @Test
    void emptyVariableIsRejected() {
        assertThatThrownBy(() -> EnvironmentPasswordSource.mappings(List.of("*.p12=")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the text after '=' for *.p12 is not an environment variable name");
    }

    @Test
    void variableStartingWithDigitIsRejected() {
        assertThatThrownBy(() -> EnvironmentPasswordSource.mappings(List.of("*.p12=1PASSWORD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid keystore password entry 1: the text after '=' for *.p12 is not an environment"
                        + " variable name (letters, digits and _, not starting with a digit); expected GLOB=ENV_VAR"
                        + " such as **/signing.p12=SIGNING_STORE_PASSWORD, naming the variable rather than the"
                        + " password");
    }

    private static EnvironmentPasswordSource source(String text) {
        return EnvironmentPasswordSource.parse(EnvironmentPasswordSource.splitEntries(text), ENVIRONMENT);
    }

    private static List<String> passwords(EnvironmentPasswordSource source, Location location) {
        return source.passwordsFor(location).stream().map(String::new).toList();
    }
}
