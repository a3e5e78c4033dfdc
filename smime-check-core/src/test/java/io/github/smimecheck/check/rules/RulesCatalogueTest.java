package io.github.smimecheck.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Regenerates the rules catalogue in memory and fails when the committed {@code docs/rules.md}
 * differs. Run with {@code -Dsmime.catalogue.update=true} to rewrite the committed copy.
 */
class RulesCatalogueTest {

    private static final Path CATALOGUE = Path.of("").toAbsolutePath().getParent().resolve("docs/rules.md");

    @Test
    void committedCatalogueIsCurrent() throws IOException {
        String generated = RulesCatalogue.markdown();
        if (Boolean.getBoolean("smime.catalogue.update")) {
            Files.createDirectories(CATALOGUE.getParent());
            Files.writeString(CATALOGUE, generated, StandardCharsets.UTF_8);
        }

        String committed = Files.exists(CATALOGUE) ? Files.readString(CATALOGUE, StandardCharsets.UTF_8) : "";
        assertThat(committed).as(CATALOGUE + " is stale; refresh it with ./mvnw -q -pl smime-check-core test"
                + " -Dtest=RulesCatalogueTest -Dsmime.catalogue.update=true and commit it").isEqualTo(generated);
    }

    @Test
    void catalogueListsEveryDeclaredCode() {
        String generated = RulesCatalogue.markdown();

        for (String code : RuleRegistry.allCodes().keySet()) {
            assertThat(generated).as("catalogue row for " + code).contains("| `" + code + "` |");
        }
    }

    @Test
    void catalogueHasPkilintDifferences() {
        assertThat(RulesCatalogue.markdown()).contains("## Deliberate differences from pkilint");
    }
}
