package io.github.smimecheck.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarifUrisTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            relative path stays relative | target/app.war               | target/app.war
            space and hash are encoded   | my certs/a#1.pem             | my%20certs/a%231.pem
            backslashes become slashes   | config\\mail.pem              | config/mail.pem
            Windows drive is file URI    | C:\\build\\app.war             | file:///C:/build/app.war
            embedded policy keeps scheme | embedded:default-policy.yaml | embedded:default-policy.yaml
            absolute POSIX path stays    | /srv/app/mail.pem            | /srv/app/mail.pem
            """)
    void pathBecomesUri(String description, String path, String expected) {
        assertThat(SarifUris.of(path)).isEqualTo(expected);
    }
}
