package io.github.smimecheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.policy.ApprovedIssuer;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.testing.TestCertificates;
import io.github.smimecheck.check.testing.TestScans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans PEM files and keystores on disk with a policy that pins the issuing CA by its SPKI SHA-256. */
class PinnedIssuerScanTest {

    private static final String CA = "CN=Example S/MIME Issuing CA,O=Example,C=DE";
    private static final String CA_KEY = "EC:secp384r1";
    private static final String LOOK_ALIKE_KEY = "EC:secp521r1";

    @TempDir
    Path folder;

    @Test
    void caBesideLeafApprovesIt() throws IOException {
        Files.writeString(folder.resolve("issuing-ca.pem"), ca(CA_KEY).pem());
        Files.writeString(folder.resolve("alice.pem"), leafFrom(CA_KEY).pem());

        assertThat(issuerCodes(scan(pinnedTo(CA_KEY)))).isEmpty();
    }

    @Test
    void caInTrustStoreApprovesLeaf() throws IOException {
        char[] password = "changeit".toCharArray();
        Files.write(folder.resolve("truststore.p12"), TestCertificates.keystore("PKCS12", password, ca(CA_KEY).x509()));
        Files.writeString(folder.resolve("alice.pem"), leafFrom(CA_KEY).pem());

        ScanResult result = TestScans.scan(folder, options -> options.policy(pinnedTo(CA_KEY))
                .environment(Map.of("TRUSTSTORE_PASSWORD", "changeit")).keystorePasswords(List.of("*.p12=TRUSTSTORE_PASSWORD")));

        assertThat(result.certificates()).hasSize(2);
        assertThat(issuerCodes(result)).isEmpty();
    }

    @Test
    void missingCaMakesLeafUnverifiable() throws IOException {
        Files.writeString(folder.resolve("alice.pem"), leafFrom(CA_KEY).pem());

        ScanResult result = scan(pinnedTo(CA_KEY));

        assertThat(issuerCodes(result)).containsExactly("policy.issuer.unverifiable");
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void lookAlikeCaDoesNotVerifyLeaf() throws IOException {
        Files.writeString(folder.resolve("issuing-ca.pem"), ca(LOOK_ALIKE_KEY).pem());
        Files.writeString(folder.resolve("alice.pem"), leafFrom(CA_KEY).pem());

        assertThat(issuerCodes(scan(pinnedTo(LOOK_ALIKE_KEY)))).containsExactly("policy.issuer.unverifiable");
    }

    @Test
    void leafFromLookAlikeIsNotApproved() throws IOException {
        Files.writeString(folder.resolve("issuing-ca.pem"), ca(LOOK_ALIKE_KEY).pem());
        Files.writeString(folder.resolve("alice.pem"), leafFrom(LOOK_ALIKE_KEY).pem());

        assertThat(issuerCodes(scan(pinnedTo(CA_KEY)))).containsExactly("policy.issuer.not_approved");
    }

    private ScanResult scan(Policy policy) {
        return TestScans.scan(folder, options -> options.policy(policy));
    }

    private static List<String> issuerCodes(ScanResult result) {
        return result.allFindings().map(Finding::code).filter(code -> code.startsWith("policy.issuer.")).toList();
    }

    private static TestCertificates ca(String keyType) {
        return TestCertificates.ca(CA).key(keyType);
    }

    private static TestCertificates leafFrom(String caKeyType) {
        return TestCertificates.smime().issuedBy(ca(caKeyType));
    }

    private static Policy pinnedTo(String caKeyType) {
        ApprovedIssuer pinned = new ApprovedIssuer(CA, null, ca(caKeyType).spkiSha256());
        return Policy.builder().approvedIssuers(List.of(pinned)).build();
    }
}
