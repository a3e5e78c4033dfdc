package io.github.smimecheck.check.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Loads the example files under docs/examples, so the documentation never shows a file that is rejected. */
class DocumentedExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    @Test
    void examplesLoad() throws PolicyFileException {
        Configuration configuration = Configuration.load(EXAMPLES.resolve("policy.yaml"),
                EXAMPLES.resolve("exceptions.yaml"), EXAMPLES.resolve("owners.yaml"));

        assertThat(configuration.policy().maxValidityDays()).isEqualTo(398);
        assertThat(configuration.policy().approvedIssuers()).hasSize(3);
        assertThat(configuration.exceptions()).extracting(DocumentedException::id)
                .containsExactly("EXC-2026-014", "EXC-2026-017", "EXC-2026-019");
        assertThat(configuration.owners()).hasSize(2);
        assertThat(configuration.files()).extracting(file -> file.role())
                .containsExactly("policy", "exceptions", "owners");
    }
}
