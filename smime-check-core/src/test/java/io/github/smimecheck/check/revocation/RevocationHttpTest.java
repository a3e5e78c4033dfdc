package io.github.smimecheck.check.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smimecheck.check.testing.LoopbackServer;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RevocationHttpTest {

    private final LoopbackServer server = LoopbackServer.start();
    private final RevocationHttp http = new RevocationHttp(Duration.ofSeconds(1));

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void bodyAtSizeCapIsRead() throws Exception {
        server.serve("/big", 200, new byte[RevocationHttp.MAX_BODY_BYTES]);

        assertThat(http.get(URI.create(server.url("/big")))).hasSize(RevocationHttp.MAX_BODY_BYTES);
    }

    @Test
    void bodyOverSizeCapIsRejected() {
        server.serve("/big", 200, new byte[RevocationHttp.MAX_BODY_BYTES + 1]);

        assertThatThrownBy(() -> http.get(URI.create(server.url("/big"))))
                .isInstanceOf(RevocationFetchException.class)
                .hasMessageContaining("the body is larger than " + RevocationHttp.MAX_BODY_BYTES + " bytes");
    }

    @Test
    void tricklingBodyTimesOut() {
        server.handle("/slow", exchange -> {
            exchange.sendResponseHeaders(200, 10);
            OutputStream body = exchange.getResponseBody();
            body.write(new byte[5]);
            body.flush();
            sleep(Duration.ofSeconds(3));
            body.write(new byte[5]);
        });

        assertThatThrownBy(() -> http.get(URI.create(server.url("/slow"))))
                .hasMessage(server.url("/slow") + " timed out after 1 s");
    }

    @Test
    void postSendsRequestBody() throws Exception {
        server.serve("/ocsp", 200, new byte[] {7});

        byte[] response = http.post(URI.create(server.url("/ocsp")), "application/ocsp-request", new byte[] {1, 2});

        assertThat(response).containsExactly(7);
        assertThat(server.requestBodies()).containsExactly(new byte[] {1, 2});
    }

    @Test
    void onlyHttpAndHttpsAreFetchable() {
        assertThat(RevocationHttp.fetchable(URI.create("http://127.0.0.1/a.crl"))).isTrue();
        assertThat(RevocationHttp.fetchable(URI.create("https://127.0.0.1/a.crl"))).isTrue();
        assertThat(RevocationHttp.fetchable(URI.create("ldap://127.0.0.1/cn=crl"))).isFalse();
        assertThat(RevocationHttp.fetchable(URI.create("file:///etc/a.crl"))).isFalse();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
