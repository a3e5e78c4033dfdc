package io.github.smimecheck.check.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.classify.Category;
import io.github.smimecheck.check.classify.Classification;
import io.github.smimecheck.check.inventory.Inventory;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.testing.TestCertificates;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateMatcherTest {

    private static final TestCertificates ALICE = TestCertificates.smime().serial(new BigInteger("0a3c", 16));
    private static final Location IN_WAR = Location.ofFile("app.war").entry("WEB-INF/classes/mail.p12").alias("signing");

    @Test
    void sha256MatchesOnlyThatCertificate() {
        CertificateResult alice = certificate(ALICE, IN_WAR);
        CertificateResult bob = certificate(TestCertificates.smime().subject("CN=bob@example.com"), IN_WAR);

        CertificateMatcher matcher = new CertificateMatcher(alice.sha256().toUpperCase(), null, null, null, null);

        assertThat(matcher.matches(alice)).isTrue();
        assertThat(matcher.matches(bob)).isFalse();
    }

    @Test
    void issuerAndSerialMatchIgnoringCaseAndSpaces() {
        CertificateMatcher matcher = new CertificateMatcher(null, "cn=example s/mime issuing ca, o=Example, c=DE",
                "0A:3C", null, null);

        assertThat(matcher.matches(certificate(ALICE, IN_WAR))).isTrue();
    }

    @Test
    void otherSerialDoesNotMatch() {
        CertificateMatcher matcher = new CertificateMatcher(null, "CN=Example S/MIME Issuing CA,O=Example,C=DE",
                "0a3d", null, null);

        assertThat(matcher.matches(certificate(ALICE, IN_WAR))).isFalse();
    }

    @Test
    void subjectRegexMustMatchWholeSubject() {
        assertThat(new CertificateMatcher(null, null, null, "CN=.*@example\\.com", null)
                .matches(certificate(ALICE, IN_WAR))).isTrue();
        assertThat(new CertificateMatcher(null, null, null, "alice", null)
                .matches(certificate(ALICE, IN_WAR))).isFalse();
    }

    @Test
    void locationGlobMatchesLeadingPartOfChain() {
        CertificateResult alice = certificate(ALICE, IN_WAR);

        assertThat(glob("**/mail.p12").matches(alice)).isTrue();
        assertThat(glob("app.war > **").matches(alice)).isTrue();
        assertThat(glob("app.war > WEB-INF/*/mail.p12").matches(alice)).isTrue();
        assertThat(glob("app.war > *.p12").matches(alice)).isFalse();
        assertThat(glob("other.war > **").matches(alice)).isFalse();
    }

    @Test
    void doubleStarSlashAlsoMatchesNoFolder() {
        assertThat(glob("**/mail.p12").matches(certificate(ALICE, Location.ofFile("mail.p12")))).isTrue();
    }

    @Test
    void allCriteriaMustHold() {
        CertificateMatcher matcher = new CertificateMatcher(null, null, null, "CN=alice@example.com", "other.war");

        assertThat(matcher.matches(certificate(ALICE, IN_WAR))).isFalse();
    }

    @Test
    void locationOnlyMatcherSelectsUnreadableContent() {
        assertThat(glob("app.war > **").matchesUnreadable(IN_WAR)).isTrue();
        assertThat(new CertificateMatcher(null, null, null, ".*", "app.war > **").matchesUnreadable(IN_WAR)).isFalse();
    }

    @Test
    void emptyMatchIsRejected() {
        assertThatThrownBy(() -> new CertificateMatcher(null, null, null, null, null))
                .hasMessage("match is empty; give sha256, issuer with serial, subject or location");
    }

    @Test
    void shortSha256IsRejected() {
        assertThatThrownBy(() -> new CertificateMatcher("abcd", null, null, null, null))
                .hasMessageStartingWith("sha256 'abcd' has 2 bytes; a SHA-256 has 32");
    }

    private static CertificateMatcher glob(String location) {
        return new CertificateMatcher(null, null, null, null, location);
    }

    private static CertificateResult certificate(TestCertificates builder, Location location) {
        byte[] der = builder.der();
        return new CertificateResult(Inventory.sha256Hex(der), builder.build(), Classification.of(Category.SMIME),
                List.of(location), List.of());
    }
}
