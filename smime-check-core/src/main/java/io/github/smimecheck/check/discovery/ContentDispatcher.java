package io.github.smimecheck.check.discovery;

import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.ScannedFile;
import io.github.smimecheck.check.inventory.Inventory;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.CertificateReader;
import io.github.smimecheck.check.read.ConfigVariables;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.KeystoreHint;
import io.github.smimecheck.check.read.PasswordSource;
import io.github.smimecheck.check.read.ReadContext;
import io.github.smimecheck.check.read.ReadProblems;
import io.github.smimecheck.check.rules.FindingCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Hands each content to the first reader that accepts it and collects what the readers report:
 * certificates into the inventory, problems into a list. It enforces the nesting depth and the
 * scan-wide entry and byte limits for nested content.
 */
public final class ContentDispatcher implements ReadContext {

    /** A content that could not be read, with the finding code and message to report. */
    public record Problem(Location location, FindingCode code, String message) {
    }

    private final List<CertificateReader> readers;
    private final Inventory inventory;
    private final ScanLimits limits;
    private final PasswordSource passwords;
    private final List<Problem> problems = new ArrayList<>();
    private final List<ScannedFile> scannedFiles = new ArrayList<>();
    private final KeystoreHints keystoreHints = new KeystoreHints();
    private final ReferenceResolver references;
    private final ConfigVariables variables;
    private long nestedEntries;
    private long nestedBytes;

    public ContentDispatcher(List<CertificateReader> readers, Inventory inventory, ScanLimits limits,
                             PasswordSource passwords) {
        this(readers, inventory, limits, passwords, null, ConfigVariables.none());
    }

    /**
     * Creates a dispatcher that also follows references from configuration files.
     *
     * @param references finds referenced files; null means references are never found
     * @param variables values for placeholders in configuration files
     */
    public ContentDispatcher(List<CertificateReader> readers, Inventory inventory, ScanLimits limits,
                             PasswordSource passwords, ReferenceResolver references, ConfigVariables variables) {
        this.readers = List.copyOf(readers);
        this.inventory = inventory;
        this.limits = limits;
        this.passwords = passwords;
        this.references = references;
        this.variables = variables;
    }

    /** Reads one content with the first reader that accepts it; content no reader accepts is skipped. */
    public void dispatch(Content content) {
        for (CertificateReader reader : readers) {
            if (reader.accepts(content)) {
                readSafely(reader, content);
                return;
            }
        }
    }

    private void readSafely(CertificateReader reader, Content content) {
        try {
            reader.read(content, this);
        } catch (RuntimeException e) {
            problem(content.location(), ReadProblems.CONTENT_INVALID, reader.getClass().getSimpleName()
                    + " could not read the content: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "; check that the file is not truncated or corrupt");
        }
    }

    @Override
    public void certificate(byte[] der, Location location) {
        X509CertificateHolder holder;
        try {
            holder = new X509CertificateHolder(der);
        } catch (IOException | RuntimeException e) {
            problem(location, ReadProblems.CERTIFICATE_INVALID, "not a valid DER X.509 certificate ("
                    + describe(e) + "); re-export it from its source or remove it from the artifact");
            return;
        }
        try {
            inventory.add(holder, location);
        } catch (IOException e) {
            problem(location, ReadProblems.CERTIFICATE_INVALID, "certificate cannot be re-encoded as DER ("
                    + describe(e) + "); re-export it from its source");
        }
    }

    @Override
    public void nested(Content content) {
        if (content.location().depth() > limits.maxDepth()) {
            problem(content.location(), ReadProblems.LIMIT_EXCEEDED, "nested " + content.location().depth()
                    + " levels deep; the limit is " + limits.maxDepth() + " (smime.maxDepth); raise it or flatten"
                    + " the artifact");
            return;
        }
        nestedEntries++;
        nestedBytes += content.bytes().length;
        if (nestedEntries > limits.maxEntries()) {
            problem(content.location(), ReadProblems.LIMIT_EXCEEDED, "more than " + limits.maxEntries()
                    + " archive entries in this scan (smime.maxEntries); raise the limit to read the rest");
            return;
        }
        if (nestedBytes > limits.maxInflatedBytes()) {
            problem(content.location(), ReadProblems.LIMIT_EXCEEDED, "more than " + limits.maxInflatedBytes()
                    + " inflated bytes read from archives in this scan (smime.maxInflatedBytes); raise the limit"
                    + " to read the rest");
            return;
        }
        dispatch(content);
    }

    @Override
    public void problem(Location location, FindingCode code, String message) {
        problems.add(new Problem(location, code, message));
    }

    @Override
    public ScanLimits limits() {
        return limits;
    }

    @Override
    public void nested(Content content, KeystoreHint hint) {
        keystoreHints.add(content.location(), hint);
        nested(content);
    }

    @Override
    public Optional<KeystoreHint> keystoreHint(Location location) {
        return keystoreHints.hintFor(location);
    }

    /** Returns the configured passwords, preceded by the password a configuration file gave for the location. */
    @Override
    public PasswordSource passwords() {
        return location -> {
            List<char[]> candidates = new ArrayList<>();
            keystoreHint(location).flatMap(KeystoreHint::optionalPassword).ifPresent(candidates::add);
            candidates.addAll(passwords.passwordsFor(location));
            return candidates;
        };
    }

    @Override
    public Optional<Content> resolve(Location from, String path) {
        return references == null ? Optional.empty() : references.resolve(from, path);
    }

    @Override
    public ConfigVariables variables() {
        return variables;
    }

    /** Records a file read from disk, for the evidence's list of inputs. */
    public void scanned(Content file) {
        scannedFiles.add(new ScannedFile(file.location().file(), file.bytes().length, Inventory.sha256Hex(file.bytes())));
    }

    public List<ScannedFile> scannedFiles() {
        return List.copyOf(scannedFiles);
    }

    /** Returns the problems found, without those of keystores that a configuration file opened. */
    public List<Problem> problems() {
        return problems.stream().filter(problem -> !keystoreHints.isOpenedThroughReference(problem, problems))
                .toList();
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
