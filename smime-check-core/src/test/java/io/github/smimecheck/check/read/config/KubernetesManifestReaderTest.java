package io.github.smimecheck.check.read.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubernetesManifestReaderTest {

    private static final String ALICE = TestCertificates.smime().pem();
    private static final String CA = TestCertificates.ca("CN=Example Mail CA").pem();

    @TempDir
    Path folder;

    @Test
    void tlsSecretDataIsDecoded() throws IOException {
        write("secret.yaml", """
                apiVersion: v1
                kind: Secret
                type: kubernetes.io/tls
                metadata:
                  name: mail-tls
                  namespace: mail
                data:
                  tls.crt: %s
                  tls.key: %s
                  ca.crt: %s
                """.formatted(base64(ALICE), base64("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"),
                base64(CA)));

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations()).containsExactly(
                "secret.yaml > Secret mail/mail-tls > key data/ca.crt > block 1",
                "secret.yaml > Secret mail/mail-tls > key data/tls.crt > block 1");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void opaqueStringDataIsRead() throws IOException {
        write("mail.yml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: smime-signing
                stringData:
                  signer.pem: |
                """ + ALICE.indent(4));

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations()).containsExactly("mail.yml > Secret smime-signing > key stringData/signer.pem > block 1");
    }

    @Test
    void keystoreInSecretOpensWithSiblingPassword() throws IOException {
        byte[] keystore = TestCertificates.keystore("PKCS12", "k8s-pass".toCharArray(), TestCertificates.smime().x509());
        write("keystore-secret.yaml", """
                apiVersion: v1
                kind: Secret
                type: Opaque
                metadata:
                  name: mail-keystore
                data:
                  keystore.p12: %s
                  keystore-password: %s
                """.formatted(Base64.getEncoder().encodeToString(keystore), base64("k8s-pass\n")));

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations())
                .containsExactly("keystore-secret.yaml > Secret mail-keystore > key data/keystore.p12 > alias \"cert1\"");
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void listAndMultipleDocumentsAreRead() throws IOException {
        write("bundle.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: mailer
                ---
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: trust
                    data:
                      ca-bundle.pem: |
                %s
                  - apiVersion: v1
                    kind: Secret
                    metadata:
                      name: other
                    data:
                      tls.crt: %s
                """.formatted(CA.indent(8).stripTrailing(), base64(ALICE)));

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations()).containsExactly(
                "bundle.yaml > ConfigMap trust > key data/ca-bundle.pem > block 1",
                "bundle.yaml > Secret other > key data/tls.crt > block 1");
    }

    @Test
    void jsonManifestIsRead() throws IOException {
        write("secret.json", """
                {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "json-tls"},
                 "data": {"tls.crt": "%s"}}
                """.formatted(base64(ALICE)));

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.locations()).containsExactly("secret.json > Secret json-tls > key data/tls.crt > block 1");
    }

    @Test
    void invalidBase64IsFindingWithoutValue() throws IOException {
        write("secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: broken
                data:
                  tls.crt: not*base64!
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.CONFIG_INVALID);
        assertThat(found.onlyProblem().location().display()).isEqualTo("secret.yaml > Secret broken > key data/tls.crt");
        assertThat(found.onlyProblem().message()).contains("line 6").doesNotContain("not*base64");
    }

    @Test
    void malformedManifestIsFindingWithLine() throws IOException {
        write("secret.yaml", """
                apiVersion: v1
                kind: Secret
                data:
                  tls.crt: [unclosed
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.onlyProblem().code()).isEqualTo(ConfigProblems.CONFIG_INVALID);
        assertThat(found.onlyProblem().message()).contains("secret.yaml", "line 5");
    }

    @Test
    void helmTemplateIsSkipped() throws IOException {
        write("templates/secret.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: {{ .Release.Name }}-tls
                data:
                  tls.crt: {{ .Values.tls.crt | b64enc }}
                """);

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.problems()).isEmpty();
    }

    @Test
    void distinctCertificatesAreTwoEntries() throws IOException {
        String bob = TestCertificates.smime().serial(BigInteger.TWO).pem();
        write("two.yaml", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: pair
                data:
                  a.crt: %s
                  b.crt: %s
                """.formatted(base64(ALICE), base64(bob)));

        ConfigScan.Found found = new ConfigScan().scan(folder);

        assertThat(found.inventory().size()).isEqualTo(2);
    }

    private void write(String name, String text) throws IOException {
        ConfigScan.write(folder, name, text);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
