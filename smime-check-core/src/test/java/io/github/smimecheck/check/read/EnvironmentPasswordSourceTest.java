package io.github.smimecheck.check.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smimecheck.check.inventory.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EnvironmentPasswordSourceTest {

    private static final Location NESTED = Location.ofFile("dist/app.war").entry("WEB-INF/keys/signing.p12");

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
            "sign?ng.p12, true"})
    void globMatchesDisplayOrLeafName(String glob, boolean expected) {
        EnvironmentPasswordSource source = EnvironmentPasswordSource.parse(List.of(glob + "=PASS"), Map.of("PASS", "x"));

        assertThat(source.passwordsFor(NESTED)).hasSize(expected ? 1 : 0);
    }

    @Test
    void everyMatchingVariableIsTriedInOrder() {
        EnvironmentPasswordSource source = EnvironmentPasswordSource.parse(
                List.of("*.p12=FIRST", "*.jks=OTHER", "**=SECOND"), Map.of("FIRST", "one", "OTHER", "x", "SECOND", "two"));

        assertThat(source.passwordsFor(NESTED)).extracting(String::new).containsExactly("one", "two");
    }

    @Test
    void sourcesNameVariablesNotValues() {
        EnvironmentPasswordSource source = EnvironmentPasswordSource.parse(
                List.of("*.p12=SET", "*.p12=UNSET"), Map.of("SET", "hunter2"));

        assertThat(source.sourcesFor(NESTED))
                .containsExactly("environment variable SET", "environment variable UNSET (not set)");
    }

    @Test
    void entryWithoutVariableIsRejected() {
        assertThatThrownBy(() -> EnvironmentPasswordSource.Mapping.parse("*.p12"))
                .hasMessage("invalid keystore password mapping '*.p12'; expected GLOB=ENV_VAR such as"
                        + " **/signing.p12=SIGNING_STORE_PASSWORD");
    }
}
