package io.github.smimecheck.check.read.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.discovery.ContentDispatcher;
import io.github.smimecheck.check.discovery.ReferenceResolver;
import io.github.smimecheck.check.inventory.Inventory;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.CertificateReader;
import io.github.smimecheck.check.read.ConfigVariables;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.PasswordSource;
import io.github.smimecheck.check.read.ReadProblems;
import io.github.smimecheck.check.read.ReaderRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Odd but possible inputs: every configuration reader reports them or ignores them, and never throws. */
class ConfigReadersContractTest {

    @TempDir
    Path folder;

    static Stream<Arguments> oddInputs() {
        return Stream.of(
                Arguments.of("application.yml", "- just\n- a list\n"),
                Arguments.of("application.yml", "plain scalar"),
                Arguments.of("application.yml", "server:\n  ssl:\n    key-store: [a, b]\n    certificate: {x: 1}\n"),
                Arguments.of("application.yml", "server.ssl.key-store: ${\n"),
                Arguments.of("application.yml", "server.ssl.key-store: ${A:${B:${C:${D:${E:${F:${G:${H:${I:x}}}}}}}}}\n"),
                Arguments.of("application.yml", "? [complex, key]\n: value\n"),
                Arguments.of("application.properties", "server.ssl.key-store=\\u12\n"),
                Arguments.of("application.properties", "server.ssl.certificate\\\n"),
                Arguments.of("secret.yaml", "apiVersion: v1\nkind: Secret\ndata: [not, a, map]\n"),
                Arguments.of("secret.yaml", "apiVersion: v1\nkind: Secret\ndata:\n  tls.crt: {nested: map}\n"),
                Arguments.of("list.yaml", "apiVersion: v1\nkind: List\nitems: scalar\n"),
                Arguments.of("list.yaml", "apiVersion: v1\nkind: List\nitems: &i\n  - kind: List\n    items: *i\n"),
                Arguments.of("server.xml", "<Server><Service><Connector keystoreFile=\"\"/></Service></Server>"),
                Arguments.of("server.xml", "<NotServer/>"),
                Arguments.of("server.xml", ""),
                Arguments.of("main.cf", "=\n = x\nsmtpd_tls_chain_files = , ,\nsmtpd_tls_cert_file = $a\na = $b\nb = $a\n"),
                Arguments.of("nginx.conf", "ssl_certificate \"unterminated;\nssl_certificate ;\n"),
                Arguments.of("dovecot.conf", "ssl_cert = <\nssl_ca = \"\"\n"),
                Arguments.of("setenv.sh", "-Djavax.net.ssl.trustStore= -Djavax.net.ssl.keyStore=\"\"\n"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("oddInputs")
    void oddInputNeverThrows(String name, String text) {
        List<CertificateReader> readers = ReaderRegistry.allReaders();
        ContentDispatcher dispatcher = new ContentDispatcher(readers, new Inventory(), ScanLimits.defaults(),
                PasswordSource.none(), new ReferenceResolver(folder, List.of(folder), ScanLimits.defaults()),
                ConfigVariables.none());

        dispatcher.dispatch(new Content(Location.ofFile(name), text.getBytes(StandardCharsets.UTF_8)));

        assertThat(dispatcher.problems()).noneMatch(problem -> problem.code() == ReadProblems.CONTENT_INVALID
                && problem.message().contains("could not read the content"));
    }
}
