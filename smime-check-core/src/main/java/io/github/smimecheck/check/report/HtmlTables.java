package io.github.smimecheck.check.report;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.ConfigurationFile;
import io.github.smimecheck.check.Owner;
import io.github.smimecheck.check.ReadProblem;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.ScannedFile;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.verdict.ExceptionStatus;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/** The detail tables of the HTML report: certificates, unreadable items, exceptions, policy and inputs. */
final class HtmlTables {

    private final ScanResult result;
    private final Map<String, ExceptionStatus> exceptions;

    HtmlTables(ScanResult result) {
        this.result = result;
        this.exceptions = ReportFacts.exceptionsById(result);
    }

    void certificates(Html page) {
        page.markup("<h2>Certificates</h2>\n<table class=\"certificates\">\n<colgroup>")
                .markup("<col class=\"subject\"><col class=\"kind\"><col class=\"owner\"><col class=\"expires\">")
                .markup("<col class=\"locations\"><col class=\"findings\"><col class=\"outcome\"></colgroup>\n")
                .tableHead("Subject", "Kind", "Owner", "Expires", "Locations", "Findings", "Outcome").markup("<tbody>\n");
        if (result.certificates().isEmpty()) {
            page.markup("<tr><td colspan=\"7\" class=\"empty\">No certificate was found.</td></tr>\n");
        }
        for (CertificateResult certificate : result.certificates()) {
            CertificateOutcome outcome = CertificateOutcome.of(certificate);
            page.markup("<tr class=\"" + outcome.name() + "-row\"><td>")
                    .element("div", "subject", ReportFacts.subject(certificate))
                    .element("div", "digest", "SHA-256 " + certificate.sha256()).markup("</td>")
                    .element("td", "", ReportFacts.kind(certificate));
            owner(page, certificate);
            expiry(page, certificate);
            locations(page, certificate);
            findings(page, certificate);
            page.markup("<td>").badge(outcome.name(), outcome.label()).markup("</td></tr>\n");
        }
        page.markup("</tbody>\n</table>\n");
    }

    void unreadable(Html page) {
        page.markup("<h2>Unreadable content</h2>\n");
        if (result.problems().isEmpty()) {
            page.element("p", "empty", "Every file and entry could be read.");
            return;
        }
        page.markup("<table>\n").tableHead("Location", "Severity", "Code", "Message").markup("<tbody>\n");
        for (ReadProblem problem : result.problems()) {
            Finding finding = problem.finding();
            page.markup("<tr>").element("td", "location", problem.location().display())
                    .markup("<td>").badge(finding.severity().name(), finding.severity().name()).markup("</td>")
                    .element("td", "mono", finding.code()).element("td", "", finding.message()).markup("</tr>\n");
        }
        page.markup("</tbody>\n</table>\n");
    }

    void exceptions(Html page) {
        page.markup("<h2>Exceptions</h2>\n");
        if (result.exceptions().isEmpty()) {
            page.element("p", "empty", "No documented exception was in force.");
            return;
        }
        page.markup("<table>\n")
                .tableHead("Id", "Status", "Codes", "Owner", "Approver", "Approved", "Expires", "#Covered", "Reason",
                        "Ticket")
                .markup("<tbody>\n");
        for (ExceptionStatus exception : result.exceptions()) {
            String[] status = status(exception);
            page.markup("<tr>").element("td", "mono nowrap", exception.id())
                    .markup("<td>").badge(status[0], status[1]).markup("</td>")
                    .element("td", "mono", String.join(", ", exception.codes()))
                    .element("td", "", exception.owner()).element("td", "", exception.approver())
                    .element("td", "nowrap", String.valueOf(exception.approved()))
                    .element("td", "nowrap", String.valueOf(exception.expires()))
                    .element("td", "number", Integer.toString(exception.coveredFindings()))
                    .element("td", "", exception.reason()).element("td", "", exception.ticket()).markup("</tr>\n");
        }
        page.markup("</tbody>\n</table>\n");
    }

    void policy(Html page) {
        page.markup("<h2>Policy and configuration</h2>\n<table>\n").tableHead("Role", "File", "SHA-256")
                .markup("<tbody>\n");
        if (result.configuration().isEmpty()) {
            page.markup("<tr><td colspan=\"3\" class=\"empty\">No configuration file was recorded.</td></tr>\n");
        }
        for (ConfigurationFile file : result.configuration()) {
            page.markup("<tr>").element("td", "", file.role()).element("td", "location", file.path())
                    .element("td", "digest", file.sha256()).markup("</tr>\n");
        }
        page.markup("</tbody>\n</table>\n");
        if (!result.effectivePolicy().isBlank()) {
            page.element("h3", "", "Effective policy").element("pre", "policy", result.effectivePolicy()).markup("\n");
        }
    }

    void inputs(Html page) {
        page.markup("<h2>Scanned inputs</h2>\n<table>\n").tableHead("File", "#Bytes", "SHA-256").markup("<tbody>\n");
        if (result.inputs().isEmpty()) {
            page.markup("<tr><td colspan=\"3\" class=\"empty\">No file was read.</td></tr>\n");
        }
        for (ScannedFile input : result.inputs()) {
            page.markup("<tr>").element("td", "location", input.path())
                    .element("td", "number", Long.toString(input.size()))
                    .element("td", "digest", input.sha256()).markup("</tr>\n");
        }
        page.markup("</tbody>\n</table>\n");
    }

    /** Shows the accountable owner, with the owners-file entry that named them as a second, smaller line. */
    private static void owner(Html page, CertificateResult certificate) {
        Optional<Owner> owner = certificate.ownerEntry();
        if (owner.isEmpty()) {
            page.element("td", "", HtmlSections.NO_OWNER);
            return;
        }
        page.markup("<td>").element("div", "", owner.get().accountable())
                .element("div", "secondary", "entry " + owner.get().id()).markup("</td>");
    }

    private void expiry(Html page, CertificateResult certificate) {
        LocalDate notAfter = LocalDate.ofInstant(ReportFacts.notAfter(certificate), ZoneOffset.UTC);
        long days = ReportFacts.daysToExpiry(certificate, result.asOf());
        String distance = days < 0 ? "expired " + -days + " days ago" : days + " days left";
        page.markup("<td><span class=\"nowrap\">").text(notAfter.toString()).markup("</span><br>")
                .element("span", "note", distance).markup("</td>");
    }

    private static void locations(Html page, CertificateResult certificate) {
        page.markup("<td><ul class=\"plain\">");
        for (Location location : certificate.locations()) {
            page.element("li", "location", location.display());
        }
        page.markup("</ul></td>");
    }

    private void findings(Html page, CertificateResult certificate) {
        if (certificate.findings().isEmpty()) {
            page.markup("<td class=\"empty\">none</td>");
            return;
        }
        page.markup("<td><ul class=\"plain\">");
        for (Finding finding : certificate.findings()) {
            String cssClass = finding.isCovered() ? "ACCEPTED" : finding.severity().name();
            page.markup("<li class=\"finding\">").badge(cssClass, finding.severity().name()).markup(" ")
                    .element("span", "code mono", finding.code()).markup(" ").text(finding.message());
            if (finding.isCovered()) {
                page.markup("<br>").element("span", "covered",
                        "Accepted by " + ReportFacts.justification(finding.coveredBy(), exceptions));
            }
            page.markup("</li>");
        }
        page.markup("</ul></td>");
    }

    /** Returns the CSS class and label of an exception's state at the as-of date. */
    private static String[] status(ExceptionStatus exception) {
        if (exception.expired()) {
            return new String[] {"FAIL", "Expired"};
        }
        if (exception.unused()) {
            return new String[] {"WARNING", "Unused"};
        }
        if (exception.expiringSoon()) {
            return new String[] {"WARNING", "Expiring soon"};
        }
        return new String[] {"ACCEPTED", "Active"};
    }
}
