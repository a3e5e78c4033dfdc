package io.github.smimecheck.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    @TempDir
    Path folder;

    @Test
    void subjectIsEscaped() {
        String html = html();

        assertThat(html).doesNotContain("<script>");
        assertThat(html).contains("&lt;script\\&gt;alert(1)");
    }

    @Test
    void pageLoadsNothingFromElsewhere() {
        String html = html();

        assertThat(html).doesNotContainPattern(Pattern.compile("<(script|link|img|iframe)\\b"));
        assertThat(html).doesNotContainPattern(Pattern.compile("(src|href)\\s*="));
        assertThat(html).doesNotContain("@import", "url(");
    }

    @Test
    void styleIsInlineWithPrintRules() {
        assertThat(html()).contains("<style>", "@media print");
    }

    @Test
    void headerShowsOutcomeAndInstants() {
        String html = html();

        assertThat(html).contains("<span class=\"badge big FAIL\">FAIL</span>");
        assertThat(html).contains("2026-06-01T00:00:00Z", "2026-06-01T08:30:00Z", "9.9.9-test");
    }

    @Test
    void certificateRowShowsOwnerLocationsAndException() {
        String html = html();

        assertThat(html).contains("mail-team", "app.war &gt; WEB-INF/classes/mail.p12 &gt; alias &quot;signing&quot;");
        assertThat(html).contains("Accepted by exception EX-2026-01: legacy archive decryption only");
    }

    @Test
    void ownerColumnShowsAccountableThenEntry() {
        assertThat(html()).contains("<td><div>bob@example.com</div><div class=\"secondary\">entry mail-team</div></td>");
    }

    @Test
    void ownerSectionGroupsByAccountable() {
        String section = html().split("<h2>Certificates by owner</h2>")[1].split("</table>")[0];

        assertThat(section).contains("<td><div>bob@example.com</div><div class=\"secondary\">entry mail-team</div></td>");
        assertThat(section).doesNotContain("<td>mail-team</td>");
    }

    @Test
    void expiredAndUnusedExceptionsAreShown() {
        String html = html();

        assertThat(html).contains(">Expired</span>", ">Unused</span>", "EX-2025-07", "EX-2026-02");
    }

    @Test
    void expiredExceptionIsListedAsFailure() {
        assertThat(html()).contains("exception EX-2025-07: policy.exception.expired");
    }

    @Test
    void timelineBucketsCertificates() {
        String html = html();

        assertThat(html).contains("<div class=\"bucket\">Expired</div>");
        assertThat(html).containsPattern("0 to 30 days</div><div class=\"bar-row\"><div class=\"bar soon\" "
                + "style=\"width:\\d+%\"></div><strong>1</strong>");
    }

    @Test
    void policyAndInputDigestsAreShown() {
        String html = html();

        assertThat(html).contains("c".repeat(64), "a".repeat(64), "minimumRsaBits: 2048");
    }

    @Test
    void emptyResultRendersPlaceholders() {
        String html = new String(new HtmlReportWriter().render(SampleResults.empty()), StandardCharsets.UTF_8);

        assertThat(html).contains("No certificate was found.", "No finding fails the build.",
                "No documented exception was in force.");
    }

    @Test
    void daysToExpiryAroundBoundary() {
        var certificate = SampleResults.full().certificates().get(0);
        var notAfter = ReportFacts.notAfter(certificate);

        assertThat(ReportFacts.daysToExpiry(certificate, notAfter.minusSeconds(86_400))).isEqualTo(1);
        assertThat(ReportFacts.daysToExpiry(certificate, notAfter)).isZero();
        assertThat(ReportFacts.daysToExpiry(certificate, notAfter.plusSeconds(86_400))).isEqualTo(-1);
    }

    @Test
    void bucketsAroundBoundaries() {
        assertThat(ExpiryBucket.of(-1)).isEqualTo(ExpiryBucket.EXPIRED);
        assertThat(ExpiryBucket.of(0)).isEqualTo(ExpiryBucket.WITHIN_30_DAYS);
        assertThat(ExpiryBucket.of(30)).isEqualTo(ExpiryBucket.WITHIN_30_DAYS);
        assertThat(ExpiryBucket.of(31)).isEqualTo(ExpiryBucket.WITHIN_90_DAYS);
        assertThat(ExpiryBucket.of(365)).isEqualTo(ExpiryBucket.WITHIN_365_DAYS);
        assertThat(ExpiryBucket.of(366)).isEqualTo(ExpiryBucket.LATER);
    }

    @Test
    void realScanRenders() throws Exception {
        String html = new String(new HtmlReportWriter().render(RealScans.mixed(folder)), StandardCharsets.UTF_8);

        assertThat(html).contains("CN=weak@example.com", "smbr.key.rsa_modulus_invalid_length", "broken.pem");
    }

    private static String html() {
        return new String(new HtmlReportWriter().render(SampleResults.full()), StandardCharsets.UTF_8);
    }
}
