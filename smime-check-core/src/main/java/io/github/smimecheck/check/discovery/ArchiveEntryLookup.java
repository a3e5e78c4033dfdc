package io.github.smimecheck.check.discovery;

import io.github.smimecheck.check.ScanLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Finds an entry that a configuration file inside an archive references, among the entries of
 * the archive that contains the configuration file. It opens the outermost archive from disk
 * again and follows the location steps down to that archive, so it needs nothing kept from the
 * first pass. ZIP (JAR, WAR, EAR) and tar containers are supported, each optionally
 * gzip-compressed; every entry read is bounded by the scan's maximum file size.
 *
 * <p>A relative path is looked up next to the configuration entry, then from the archive's top
 * level; an absolute path is looked up from the top level, as in a root file system image.
 */
final class ArchiveEntryLookup {

    private static final int TAR_MAGIC_OFFSET = 257;

    private final ScanLimits limits;
    private final LibraryResourceLookup libraries;
    private List<Object> lastContainerKey;
    private byte[] lastContainer;

    ArchiveEntryLookup(ScanLimits limits) {
        this.limits = limits;
        this.libraries = new LibraryResourceLookup(limits);
    }

    /** An archive entry: its name as stored in the archive and its bytes. */
    record Entry(String name, byte[] bytes) {
    }

    /**
     * Returns the referenced entry, or empty when the archive or entry cannot be
     * found or read.
     *
     * @param archiveFile the outermost file on disk
     * @param steps entry names from the outermost archive down to the configuration entry
     * @param path the referenced path, with forward slashes
     */
    Optional<Entry> find(Path archiveFile, List<String> steps, String path) {
        try {
            Optional<byte[]> container = container(archiveFile, steps.subList(0, steps.size() - 1));
            if (container.isEmpty()) {
                return Optional.empty();
            }
            return entry(container.get(), candidateNames(steps.get(steps.size() - 1), path));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns a classpath resource from the library JARs that share the classpath with the
     * configuration entry (see {@link LibraryResourceLookup}), or empty when the entry is not below
     * a {@code BOOT-INF/classes/} or {@code WEB-INF/classes/} folder of a ZIP archive, no library
     * JAR has the resource, or the archive cannot be read within the limits.
     *
     * @param resource the resource name, such as {@code certs/ca.pem}
     */
    Optional<LibraryResourceLookup.LibraryEntry> findInLibraries(Path archiveFile, List<String> steps,
                                                                 String resource) {
        Optional<String> libraryFolder = LibraryResourceLookup.libraryFolder(
                normalizeEntryName(steps.get(steps.size() - 1)));
        Optional<String> name = resolveDots(stripLeadingSlashes(resource.replace('\\', '/')));
        if (libraryFolder.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<byte[]> container = container(archiveFile, steps.subList(0, steps.size() - 1));
            if (container.isEmpty() || !isZip(container.get())) {
                return Optional.empty();
            }
            return libraries.find(container.get(), libraryFolder.get(), name.get());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the bytes of the archive that contains the configuration entry. The last one found
     * is kept, because a configuration file usually references several entries of the same
     * archive, and opening the outer archives again for each would read them from disk each time.
     */
    private Optional<byte[]> container(Path archiveFile, List<String> containerSteps) throws IOException {
        List<Object> key = List.of(archiveFile, containerSteps);
        if (key.equals(lastContainerKey)) {
            return Optional.of(lastContainer);
        }
        if (!Files.isRegularFile(archiveFile) || Files.size(archiveFile) > limits.maxFileBytes()) {
            return Optional.empty();
        }

        byte[] container = Files.readAllBytes(archiveFile);
        for (String step : containerSteps) {
            Optional<Entry> inner = entry(container, Set.of(normalizeEntryName(step)));
            if (inner.isEmpty()) {
                return Optional.empty();
            }
            container = inner.get().bytes();
        }

        lastContainerKey = key;
        lastContainer = container;
        return Optional.of(container);
    }

    static String stripLeadingSlashes(String path) {
        String stripped = path;
        while (stripped.startsWith("/") || stripped.startsWith("./")) {
            stripped = stripped.startsWith("/") ? stripped.substring(1) : stripped.substring(2);
        }
        return stripped;
    }

    private static Set<String> candidateNames(String configEntry, String path) {
        Set<String> names = new LinkedHashSet<>();
        String normalizedConfig = normalizeEntryName(configEntry);
        int slash = normalizedConfig.lastIndexOf('/');
        if (!path.startsWith("/") && slash >= 0) {
            resolveDots(normalizedConfig.substring(0, slash + 1) + path).ifPresent(names::add);
        }
        resolveDots(stripLeadingSlashes(path)).ifPresent(names::add);
        return names;
    }

    /** Resolves "." and ".." segments; a path that climbs above the archive's top level is rejected. */
    private static Optional<String> resolveDots(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    private static String normalizeEntryName(String name) {
        return stripLeadingSlashes(name.replace('\\', '/'));
    }

    private Optional<Entry> entry(byte[] container, Set<String> names) throws IOException {
        byte[] archive = isGzip(container) ? gunzip(container) : container;
        if (isZip(archive)) {
            return zipEntry(archive, names);
        }
        if (isTar(archive)) {
            return tarEntry(archive, names);
        }
        return Optional.empty();
    }

    private Optional<Entry> zipEntry(byte[] archive, Set<String> names) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory() && names.contains(normalizeEntryName(entry.getName()))) {
                    return Optional.of(new Entry(entry.getName(), readBounded(zip)));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Entry> tarEntry(byte[] archive, Set<String> names) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(archive))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile() && names.contains(normalizeEntryName(entry.getName()))) {
                    return Optional.of(new Entry(entry.getName(), readBounded(tar)));
                }
            }
        }
        return Optional.empty();
    }

    private byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream input = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return readBounded(input);
        }
    }

    private byte[] readBounded(InputStream input) throws IOException {
        return readBounded(input, limits.maxFileBytes());
    }

    /** Reads the rest of a stream, failing when it has more than {@code maxFileBytes} bytes. */
    static byte[] readBounded(InputStream input, long maxFileBytes) throws IOException {
        byte[] bytes = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
        if (bytes.length > maxFileBytes) {
            throw new IOException("entry is larger than the maximum file size of " + maxFileBytes + " bytes");
        }
        return bytes;
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length > 2 && bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b;
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static boolean isTar(byte[] bytes) {
        return bytes.length > TAR_MAGIC_OFFSET + 5 && bytes[TAR_MAGIC_OFFSET] == 'u' && bytes[TAR_MAGIC_OFFSET + 1] == 's'
                && bytes[TAR_MAGIC_OFFSET + 2] == 't' && bytes[TAR_MAGIC_OFFSET + 3] == 'a'
                && bytes[TAR_MAGIC_OFFSET + 4] == 'r';
    }
}
