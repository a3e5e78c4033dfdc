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
    @ValueSource(strings = {"http://crl.example.com/ca.crl", "http://93.184.215.14/ca.crl", "http://crl.example.com./ca.crl",
        "http://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/ca.crl"})
    void acceptsPublicCrlHost(String uri) {
        assertThat(RuleHarness.codes(rule(), TestCertificates.smime().crlUris(uri), "MAILBOX/LEGACY")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://10.1.2.3/ca.crl", "http://172.16.0.1/ca.crl", "http://192.168.1.1/ca.crl",
        "http://127.0.0.1/ca.crl", "http://169.254.1.1/ca.crl", "http://100.64.0.1/ca.crl", "http://0.0.0.0/ca.crl",
        "http://[::1]/ca.crl", "http://[fd00::1]/ca.crl", "http://[fe80::1]/ca.crl", "http://300.1.2.3/ca.crl",
        "http://1.2.3/ca.crl", "http://[zz::1]/ca.crl"})
    void rejectsInternalOrInvalidAddress(String uri) {
        assertThat(RuleHarness.codes(rule(), TestCertificates.smime().crlUris(uri), "MAILBOX/LEGACY"))
                .containsExactly("smbr.uri.internal_name");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://ocsp.intranet", "http://ocsp"})
    void rejectsInternalOcspHost(String uri) {
        assertThat(RuleHarness.codes(rule(), TestCertificates.smime().ocspUris(uri), "MAILBOX/LEGACY"))
                .containsExactly("smbr.uri.internal_name");
    }
}
