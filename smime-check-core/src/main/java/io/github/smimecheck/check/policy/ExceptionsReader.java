package io.github.smimecheck.check.policy;

import io.github.smimecheck.check.rules.RuleRegistry;
import io.github.smimecheck.check.verdict.VerdictCodes;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an exceptions file. Every entry must have a unique {@code id}, a {@code match}, known
 * finding {@code codes}, an {@code owner}, an {@code approver}, a {@code reason}, an {@code approved}
 * and an {@code expires} date (yyyy-MM-dd), and may run at most the policy's
 * {@code exceptions.maxDays} from approval to expiry. The first entry that breaks a rule becomes a
 * {@link PolicyFileException} naming the file, the entry's line and id, and the fix.
 */
public final class ExceptionsReader {

    /** The exceptions file as written. */
    record ExceptionsDocument(List<Entry> exceptions) {
    }

    /** One entry as written; every field may be missing and is checked. */
    record Entry(String id, MatchDocument match, List<String> codes, String owner, String approver, String reason,
                 String ticket, String approved, String expires) {
    }

    private ExceptionsReader() {
    }

    /** Reads the exceptions file at {@code path}; the policy gives the duration cap. */
    public static List<DocumentedException> read(Path path, Policy policy) throws PolicyFileException {
        return read(YamlFile.read(path, "smime.exceptions"), policy);
    }

    static List<DocumentedException> read(YamlFile file, Policy policy) throws PolicyFileException {
        List<Entry> entries = file.bind(ExceptionsDocument.class).exceptions();
        if (entries == null) {
            return List.of();
        }

        Set<String> known = RuleRegistry.allCodes().keySet();
        Set<String> ids = new HashSet<>();
        List<DocumentedException> exceptions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            DocumentedException exception = entry(entries.get(i), "/exceptions/" + i, file, policy, known);
            if (!ids.add(exception.id())) {
                throw file.error("/exceptions/" + i + "/id", "exception id '" + exception.id()
                        + "' is used twice; give each exception its own id");
            }
            exceptions.add(exception);
        }
        return exceptions;
    }

    private static DocumentedException entry(Entry entry, String pointer, YamlFile file, Policy policy, Set<String> known)
            throws PolicyFileException {
        EntryCheck check = new EntryCheck(file, pointer, "exception", entry == null ? null : entry.id());
        check.required("id", entry == null ? null : entry.id());
        check.required("owner", entry.owner());
        check.required("approver", entry.approver());
        check.required("reason", entry.reason());
        CertificateMatcher matcher = check.matcher(entry.match());
        List<String> codes = codes(entry.codes(), check, known);

        LocalDate approved = date(check, "approved", entry.approved());
        LocalDate expires = date(check, "expires", entry.expires());
        long days = ChronoUnit.DAYS.between(approved, expires);
        if (days < 0) {
            throw check.error("expires", "expires " + expires + " is before approved " + approved,
                    "correct the dates");
        }
        if (days > policy.maxExceptionDays()) {
            throw check.error("expires", "runs " + days + " days from approved " + approved + " to expires " + expires
                    + "; the policy allows at most " + policy.maxExceptionDays() + " days (exceptions.maxDays)",
                    "set expires on or before " + approved.plusDays(policy.maxExceptionDays())
                            + " and renew the exception when it ends");
        }
        return new DocumentedException(entry.id(), file.path().toString(), file.lineOf(pointer), matcher, codes,
                entry.owner(), entry.approver(), entry.reason(), entry.ticket(), approved, expires);
    }

    private static List<String> codes(List<String> codes, EntryCheck check, Set<String> known)
            throws PolicyFileException {
        if (codes == null || codes.isEmpty()) {
            throw check.error("codes", "has no codes", "list the finding codes it covers, as printed in the report");
        }
        for (String code : codes) {
            if (code == null || !known.contains(code)) {
                throw check.error("codes", "covers unknown finding code '" + code + "'",
                        FindingCodes.suggest(String.valueOf(code), known));
            }
            if (code.startsWith(VerdictCodes.EXCEPTION_PREFIX)) {
                throw check.error("codes", "covers '" + code + "', a finding about exceptions themselves",
                        "remove it; renew or remove the exception that finding names instead");
            }
        }
        return codes;
    }

    private static LocalDate date(EntryCheck check, String field, String text) throws PolicyFileException {
        check.required(field, text);
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw check.error(field, field + " '" + text + "' is not a date", "write it as yyyy-MM-dd, such as 2027-03-31");
        }
    }
}
