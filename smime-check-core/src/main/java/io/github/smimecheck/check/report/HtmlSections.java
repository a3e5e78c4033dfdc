package io.github.smimecheck.check.report;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.Owner;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.Severity;
import io.github.smimecheck.check.verdict.ExceptionStatus;
import io.github.smimecheck.check.verdict.FailureMessage;
import io.github.smimecheck.check.verdict.OwnerGroup;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The overview parts of the HTML report: header, counts, failing findings, expiry timeline, footer. */
final class HtmlSections {

    /** Label used for certificates that no owners-file entry matched. */
    static final String NO_OWNER = "(no owner)";

    private final ScanResult result;

    HtmlSections(ScanResult result) {
        this.result = result;
    }

    void header(Html page) {
        page.markup("<header>\n<h1>smime-check evidence report</h1>\n")
                .badge("big " + result.outcome().name(), result.outcome().name())
                .markup("\n<div class=\"meta\">")
                .markup("<span>Evaluated as of <strong>").text(result.asOf().toString()).markup("</strong></span>")
                .markup("<span>Clock ").text(result.clockInstant().toString()).markup("</span>")
                .markup("<span>smime-check ").text(result.toolVersion()).markup("</span>")
                .markup("<span>Result SHA-256 <span class=\"digest\">").text(ResultDigest.of(result))
                .markup("</span></span></div>\n</header>\n");
    }

    void summary(Html page) {
        long smime = result.certificates().stream().filter(c -> c.classification().isSmime()).count();
        long failing = result.failingFindingCount();
        long warnings = result.allFindings().filter(f -> f.severity() == Severity.WARNING && !f.isCovered()).count();
        long covered = result.allFindings().filter(Finding::isCovered).count();

        page.markup("<section class=\"cards\">\n");
        card(page, result.certificates().size(), "certificates", false);
        card(page, smime, "S/MIME certificates", false);
        card(page, failing, "failing findings", failing > 0);
        card(page, warnings, "warnings", false);
        card(page, covered, "findings accepted by exceptions", false);
        card(page, result.problems().size(), "unreadable items", !result.problems().isEmpty());
        page.markup("</section>\n<div class=\"columns\">\n");
        byOutcome(page);
        byOwner(page);
        page.markup("</div>\n");
    }

    /**
     * Lists the findings that fail the build: the lines the build log prints, then failing
     * findings about the exceptions themselves, such as an expired exception.
     */
    void failures(Html page) {
        List<String> lines = new ArrayList<>(FailureMessage.failureLines(result));
        for (ExceptionStatus exception : result.exceptions()) {
            Finding finding = exception.finding();
            if (finding != null && finding.failsBuild()) {
                lines.add("exception " + exception.id() + ": " + finding.code() + ": " + finding.message());
            }
        }
        page.markup("<h2>What fails the build</h2>\n");
        if (lines.isEmpty()) {
            page.element("p", "empty", "No finding fails the build.");
            return;
        }
        page.markup("<ol class=\"failures\">\n");
        lines.forEach(line -> page.element("li", "mono", line).markup("\n"));
        page.markup("</ol>\n");
    }

    /** Draws one bar per expiry bucket, as wide as its share of all certificates, with the subjects beside it. */
    void expiryTimeline(Html page) {
        Map<ExpiryBucket, List<String>> buckets = new EnumMap<>(ExpiryBucket.class);
        for (ExpiryBucket bucket : ExpiryBucket.values()) {
            buckets.put(bucket, new ArrayList<>());
        }
        for (CertificateResult certificate : result.certificates()) {
            long days = ReportFacts.daysToExpiry(certificate, result.asOf());
            buckets.get(ExpiryBucket.of(days)).add(ReportFacts.subject(certificate));
        }

        // A bar spans at most 60% of its row, so the subjects still fit beside the longest bar.
        int total = Math.max(1, result.certificates().size());
        page.markup("<h2>Expiry timeline</h2>\n<div class=\"timeline\">\n");
        for (Map.Entry<ExpiryBucket, List<String>> entry : buckets.entrySet()) {
            List<String> subjects = entry.getValue();
            int percent = subjects.size() * 100 / total;
            page.element("div", "bucket", entry.getKey().label())
                    .markup("<div class=\"bar-row\"><div class=\"bar " + entry.getKey().cssClass() + "\" style=\"width:"
                            + Math.max(percent * 6 / 10, subjects.isEmpty() ? 0 : 1) + "%\"></div>")
                    .element("strong", "", Integer.toString(subjects.size()))
                    .element("span", "names", String.join("; ", subjects)).markup("</div>\n");
        }
        page.markup("</div>\n");
    }

    void footer(Html page) {
        page.markup("<footer>Written by smime-check ").text(result.toolVersion())
                .markup(" from the scan result above; no wall-clock time is used. Check the evidence files with ")
                .markup("<code>sha256sum -c SHA256SUMS</code> in the report folder.</footer>\n");
    }

    private static void card(Html page, long value, String label, boolean alert) {
        page.markup(alert ? "<div class=\"card alert\">" : "<div class=\"card\">")
                .element("div", "value", Long.toString(value)).element("div", "label", label).markup("</div>\n");
    }

    private void byOutcome(Html page) {
        Map<CertificateOutcome, Integer> counts = new EnumMap<>(CertificateOutcome.class);
        for (CertificateOutcome outcome : CertificateOutcome.values()) {
            counts.put(outcome, 0);
        }
        result.certificates().forEach(c -> counts.merge(CertificateOutcome.of(c), 1, Integer::sum));

        page.markup("<div>\n<h2>Certificates by outcome</h2>\n<table>\n").tableHead("Outcome", "#Certificates")
                .markup("<tbody>\n");
        for (Map.Entry<CertificateOutcome, Integer> entry : counts.entrySet()) {
            page.markup("<tr><td>").badge(entry.getKey().name(), entry.getKey().label()).markup("</td>")
                    .element("td", "number", Integer.toString(entry.getValue())).markup("</tr>\n");
        }
        page.markup("</tbody>\n</table>\n</div>\n");
    }

    /** Lists the certificates by accountable owner, grouped as in the JSON evidence, with the owners-file entries below. */
    private void byOwner(Html page) {
        List<OwnerGroup> groups = OwnerGroup.of(result);

        page.markup("<div>\n<h2>Certificates by owner</h2>\n<table>\n").tableHead("Owner", "#Certificates", "#Failing")
                .markup("<tbody>\n");
        if (groups.isEmpty()) {
            page.markup("<tr><td colspan=\"3\" class=\"empty\">No certificates.</td></tr>\n");
        }
        for (OwnerGroup group : groups) {
            long failing = group.certificates().stream().filter(CertificateResult::failsBuild).count();
            page.markup("<tr><td>");
            if (group.accountable() == null) {
                page.text(NO_OWNER);
            } else {
                List<String> ids = group.entries().stream().map(Owner::id).toList();
                page.element("div", "", group.accountable())
                        .element("div", "secondary", (ids.size() == 1 ? "entry " : "entries ") + String.join(", ", ids));
            }
            page.markup("</td>").element("td", "number", Integer.toString(group.certificates().size()))
                    .element("td", "number", Long.toString(failing)).markup("</tr>\n");
        }
        page.markup("</tbody>\n</table>\n</div>\n");
    }
}
