package io.github.smimecheck.check.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compares the keys the published JSON Schemas under docs list with the keys the strict binding
 * accepts, so the schemas cannot fall behind the code.
 */
class PublishedSchemaTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void policySchemaListsEveryPolicyKey() throws IOException {
        JsonNode schema = JSON.readTree(DOCS.resolve("policy.schema.json").toFile());
        JsonNode properties = schema.get("properties");

        assertThat(names(properties)).containsExactlyInAnyOrderElementsOf(components(PolicyDocument.class));
        assertThat(names(properties.get("keys").get("properties")))
                .containsExactlyInAnyOrderElementsOf(components(PolicyDocument.Keys.class));
        assertThat(names(properties.get("expiry").get("properties")))
                .containsExactlyInAnyOrderElementsOf(components(PolicyDocument.Expiry.class));
        assertThat(names(properties.get("exceptions").get("properties")))
                .containsExactlyInAnyOrderElementsOf(components(PolicyDocument.Exceptions.class));
        assertThat(names(properties.get("revocation").get("properties")))
                .containsExactlyInAnyOrderElementsOf(components(PolicyDocument.Revocation.class));
        assertThat(names(properties.get("approvedIssuers").get("items").get("properties")))
                .containsExactlyInAnyOrderElementsOf(components(PolicyDocument.ApprovedIssuerEntry.class));
    }

    @Test
    void exceptionsSchemaListsEveryEntryKey() throws IOException {
        JsonNode schema = JSON.readTree(DOCS.resolve("exceptions.schema.json").toFile());

        assertThat(names(schema.get("properties").get("exceptions").get("items").get("properties")))
                .containsExactlyInAnyOrderElementsOf(components(ExceptionsReader.Entry.class));
        assertThat(names(schema.get("$defs").get("match").get("properties")))
                .containsExactlyInAnyOrderElementsOf(components(MatchDocument.class));
    }

    @Test
    void ownersSchemaListsEveryEntryKey() throws IOException {
        JsonNode schema = JSON.readTree(DOCS.resolve("owners.schema.json").toFile());

        assertThat(names(schema.get("properties").get("owners").get("items").get("properties")))
                .containsExactlyInAnyOrderElementsOf(components(OwnersReader.Entry.class));
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> components(Class<? extends Record> type) {
        return Stream.of(type.getRecordComponents()).map(component -> component.getName()).toList();
    }
}
