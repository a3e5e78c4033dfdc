package io.github.smimecheck.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SarifUrisTest {

    @Test
    void relativePathStaysRelative() {
        assertThat(SarifUris.of("target/app.war")).isEqualTo("target/app.war");
    }

    @Test
    void spacesAndHashAreEncoded() {
        assertThat(SarifUris.of("my certs/a#1.pem")).isEqualTo("my%20certs/a%231.pem");
    }

    @Test
    void backslashesBecomeSlashes() {
        assertThat(SarifUris.of("config\\mail.pem")).isEqualTo("config/mail.pem");
    }

    @Test
    void windowsDriveBecomesFileUri() {
        assertThat(SarifUris.of("C:\\build\\app.war")).isEqualTo("file:///C:/build/app.war");
    }

    @Test
    void embeddedPolicyKeepsScheme() {
        assertThat(SarifUris.of("embedded:default-policy.yaml")).isEqualTo("embedded:default-policy.yaml");
    }

    @Test
    void absolutePosixPathStaysPath() {
        assertThat(SarifUris.of("/srv/app/mail.pem")).isEqualTo("/srv/app/mail.pem");
    }
}
