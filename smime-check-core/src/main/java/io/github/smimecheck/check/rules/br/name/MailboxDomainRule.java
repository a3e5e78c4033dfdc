package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The domain of each subjectAltName mailbox address must be a public domain name, because the CA
 * must validate control of the mailbox or its domain (S/MIME BR 3.2.2). An empty or missing domain
 * (no {@code @}, or nothing after it), a domain with a single label, such as {@code localhost}, or a
 * domain under a special-use top-level domain reserved by IANA or ICANN (for example
 * {@code .local}, {@code .test}, {@code .internal}) cannot be one.
 *
 * <p>NOTE: without the Public Suffix List this does not catch private names under other
 * top-level domains, such as {@code corp.lan}.
 */
public final class MailboxDomainRule extends NameRule {

    public static final FindingCode NOT_PUBLIC = FindingCode.error("smbr.san.mailbox_domain_not_public",
            "S/MIME BR 3.2.2", "A subjectAltName mailbox address has an empty, single-label or special-use domain.");

    /**
     * Special-use top-level domains: RFC 6761 (example, invalid, localhost, test), RFC 6762 (local),
     * RFC 7686 (onion), RFC 9476 (alt) and the ICANN reservation of internal. RFC 8375 home.arpa is
     * checked separately because it has two labels.
     */
    static final Set<String> SPECIAL_USE_TLDS = Set.of("example", "invalid", "localhost", "test", "local", "onion",
            "alt", "internal");

    @Override
    public List<FindingCode> codes() {
        return List.of(NOT_PUBLIC);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        for (String address : addresses(certificate)) {
            String domain = MailboxAddress.domain(address);
            Optional<String> problem = problem(domain.toLowerCase(Locale.ROOT));
            problem.ifPresent(reason -> findings.report(NOT_PUBLIC, "mailbox address \"" + address + "\" " + reason
                    + "; expected a public domain the CA can validate; reissue with the validated public address"));
        }
    }

    private static List<String> addresses(CertificateUnderTest certificate) {
        return SubjectAltName.of(certificate).map(SubjectAltName::mailboxAddresses).orElse(List.of());
    }

    private static Optional<String> problem(String domain) {
        if (domain.isEmpty()) {
            return Optional.of("has no domain");
        }
        if (domain.endsWith(".home.arpa") || domain.equals("home.arpa")) {
            return Optional.of("is under the special-use domain home.arpa");
        }
        int lastDot = domain.lastIndexOf('.');
        if (lastDot < 0) {
            return Optional.of("has the single-label domain " + domain);
        }
        String topLevel = domain.substring(lastDot + 1);
        if (SPECIAL_USE_TLDS.contains(topLevel)) {
            return Optional.of("is under the special-use top-level domain ." + topLevel);
        }
        return Optional.empty();
    }
}
