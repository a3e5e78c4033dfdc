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
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Hands each content to the first reader that accepts it and collects what the readers report:
 * certificates into the inventory, problems into a list. It enforces the nesting depth for nested
 * content and, through {@link ArchiveBudget}, the scan-wide limits for archive entries.
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
    /**
     * Locked-keystore problems of keystores read again with a password a configuration file gave,
     * by identity, so an equal problem from the new read stays reported.
     */
    private final Set<Problem> replaced = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<ScannedFile> scannedFiles = new ArrayList<>();
    private final KeystoreHints keystoreHints = new KeystoreHints();
    private final ReferenceResolver references;
    private final ConfigVariables variables;
    private final ArchiveBudget archiveBudget;

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
        this.archiveBudget = new ArchiveBudget(limits);
    }

    /** Reads one content with the first reader that accepts it; content no reader accepts is skipped. */
    public void dispatch(Content content) {
        for (CertificateReader reader : readers) {
            if (reader.accepts(content)) {
                keystoreHints.beforeRead(content);
                readSafely(reader, content);
                return;
            }
        }
    }

    private void readSafely(CertificateReader reader, Content content) {
        int before = problems.size();
        try {
            reader.read(content, this);
        } catch (RuntimeException e) {
            problem(content.location(), ReadProblems.CONTENT_INVALID, reader.getClass().getSimpleName()
                    + " could not read the content: " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "; check that the file is not truncated or corrupt");
        }

        boolean locked = problemsSince(before).stream().anyMatch(problem -> isLockedKeystore(problem, content));
        if (locked) {
            keystoreHints.locked(content);
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
        dispatch(content);
    }

    @Override
    public boolean archiveEntry(Location location, InputStream entry, LongSupplier compressedBytes)
            throws IOException {
        ArchiveBudget.EntryRead outcome = archiveBudget.read(location, entry, compressedBytes, this);
        outcome.bytes().ifPresent(bytes -> dispatch(new Content(location, bytes)));
        return !outcome.stopArchive();
    }

    @Override
    public void problem(Location location, FindingCode code, String message) {
        problems.add(new Problem(location, code, message));
    }

    @Override
    public ScanLimits limits() {
        return limits;
    }

    /**
     * Reads a keystore that a configuration file references. When it opens and the configuration
     * gives its password, keystores with the same bytes that stayed locked are read again with it.
     */
    @Override
    public void nested(Content content, KeystoreHint hint) {
        keystoreHints.add(content.location(), hint);
        Optional<char[]> password = keystoreHints.passwordFor(content.location());
        int before = problems.size();

        nested(content);

        boolean opened = problemsSince(before).stream()
                .noneMatch(problem -> problem.location().equals(content.location()));
        if (password.isPresent() && opened) {
            keystoreHints.opened(content, password.get()).forEach(this::readAgain);
        }
    }

    /** Reads a locked keystore again, replacing its locked-keystore problem with what the new read gives. */
    private void readAgain(Content keystore) {
        problems.stream().filter(problem -> isLockedKeystore(problem, keystore)).forEach(replaced::add);
        dispatch(keystore);
    }

    private List<Problem> problemsSince(int index) {
        return List.copyOf(problems.subList(index, problems.size()));
    }

    private static boolean isLockedKeystore(Problem problem, Content content) {
        return problem.code() == ReadProblems.KEYSTORE_LOCKED && problem.location().equals(content.location());
    }

    @Override
    public Optional<KeystoreHint> keystoreHint(Location location) {
        return keystoreHints.hintFor(location);
    }

    /** Returns the configured passwords, preceded by the password a configuration file gave for the location. */
    @Override
    public PasswordSource passwords() {
        return new PasswordSource() {
            @Override
            public List<char[]> passwordsFor(Location location) {
                List<char[]> candidates = new ArrayList<>();
                configPassword(location).ifPresent(candidates::add);
                candidates.addAll(passwords.passwordsFor(location));
                return candidates;
            }

            @Override
            public List<String> sourcesFor(Location location) {
                List<String> sources = new ArrayList<>();
                configPassword(location).ifPresent(password -> sources.add("the password its configuration file gives"));
                sources.addAll(passwords.sourcesFor(location));
                return sources;
            }
        };
    }

    private Optional<char[]> configPassword(Location location) {
        return keystoreHints.passwordFor(location);
    }

    @Override
    public Optional<Content> resolve(Location from, String path) {
        return references == null ? Optional.empty() : references.resolve(from, path);
    }

    @Override
    public Optional<Content> resolveInLibraries(Location from, String resource) {
        return references == null ? Optional.empty() : references.resolveInLibraries(from, resource);
    }

    @Override
    public ConfigVariables variables() {
        return variables;
    }

    /** Records a file read from disk, for the evidence's list of inputs. */
    public void scanned(Content file) {
        scanned(new ScannedFile(file.location().file(), file.bytes().length, Inventory.sha256Hex(file.bytes())));
    }

    /** Records a file streamed from disk, whose size and SHA-256 were computed while streaming. */
    public void scanned(ScannedFile file) {
        scannedFiles.add(file);
    }

    public List<ScannedFile> scannedFiles() {
        return List.copyOf(scannedFiles);
    }

    /** Returns the problems found, without those of keystores that a configuration file opened. */
    public List<Problem> problems() {
        return problems.stream().filter(problem -> !replaced.contains(problem))
                .filter(problem -> !keystoreHints.isOpenedThroughReference(problem, problems))
                .toList();
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
