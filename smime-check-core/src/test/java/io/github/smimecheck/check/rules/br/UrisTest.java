package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrisTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "http://crl.example.com/ca.crl, http, crl.example.com",
        "HTTP://CRL.example.com:8080/ca.crl, http, CRL.example.com",
        "http://user@crl.example.com?x, http, crl.example.com",
        "http://[2001:db8::1]:80/ca.crl, http, [2001:db8::1]",
        "ldap://ldap.example.com/cn=CA, ldap, ldap.example.com",
        "crl.example.com/ca.crl, '', ''",
        "1http://x.example.com, '', ''",
        "urn:oid:1.2.3, urn, ''"})
    void readsSchemeAndHost(String uri, String scheme, String host) {
        assertThat(Uris.scheme(uri)).isEqualTo(scheme);
        assertThat(Uris.host(uri)).isEqualTo(host);
    }
}
