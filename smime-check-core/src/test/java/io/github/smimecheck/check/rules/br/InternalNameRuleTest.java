package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InternalNameRuleTest extends RuleContractTest {

    @Override
    Rule rule() {
        return new InternalNameRule();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://crl.corp.local/ca.crl", "http://pki/ca.crl", "http://crl.example.internal/ca.crl",
        "crl.example.com/ca.crl", "http://pki.home.arpa/ca.crl", "http://crl.test/ca.crl"})
    void rejectsInternalCrlHost(String uri) {
        assertThat(RuleHarness.codes(rule(), TestCertificates.smime().crlUris(uri), "MAILBOX/LEGACY"))
                .containsExactly("smbr.uri.internal_name");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://crl.example.com/ca.crl", "http://192.0.2.10/ca.crl", "http://crl.example.com./ca.crl"})
    void acceptsPublicCrlHost(String uri) {
        assertThat(RuleHarness.codes(rule(), TestCertificates.smime().crlUris(uri), "MAILBOX/LEGACY")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://ocsp.intranet", "http://ocsp"})
    void rejectsInternalOcspHost(String uri) {
        assertThat(RuleHarness.codes(rule(), TestCertificates.smime().ocspUris(uri), "MAILBOX/LEGACY"))
                .containsExactly("smbr.uri.internal_name");
    }
}
