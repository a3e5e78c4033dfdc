package io.github.smimecheck.check.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.conformance.ConformanceMappings.DeliberateDifference;
import io.github.smimecheck.check.rules.RuleRegistry;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Checks the conformance resources without the corpus, so a stale mapping fails every build. */
class ConformanceMappingsTest {

    private final ConformanceMappings mappings = ConformanceMappings.load();
    private final Set<String> declared = RuleRegistry.allCodes().keySet();

    @Test
    void mappingNamesOnlyDeclaredCodes() {
        Set<String> ours = new TreeSet<>();
        mappings.codes.values().forEach(ours::addAll);

        assertThat(declared).as("smime-check codes of the pkilint-codes*.tsv files").containsAll(ours);
    }

    @Test
    void deliberateDifferencesNameOnlyDeclaredCodes() {
        Set<String> ours = new TreeSet<>();
        for (DeliberateDifference difference : mappings.differences) {
            if (!difference.code().equals("*")) {
                ours.add(difference.code());
            }
        }

        assertThat(declared).as("smime-check codes of deliberate-differences.tsv").containsAll(ours);
    }

    @Test
    void upnAndMailboxDomainCodesAreMapped() {
        assertThat(mappings.codes.get("msft.invalid_user_principal_name_syntax"))
                .containsExactly("smbr.san.user_principal_name_invalid");
        assertThat(mappings.codes.get("cabf.internal_domain_name"))
                .contains("smbr.uri.internal_name", "smbr.san.mailbox_domain_not_public");
    }
}
