package io.github.smimecheck.check.discovery;

import io.github.smimecheck.check.ScanLimits;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Finds a classpath resource in the library JARs of a Spring Boot fat JAR ({@code BOOT-INF/lib/})
 * or WAR ({@code WEB-INF/lib/}). JARs listed in {@code classpath.idx} come first, in the order of
 * that index, because the Spring Boot launcher builds its classpath in that order. The other JARs
 * follow in entry order. The first JAR that contains the resource wins.
 * NOTE: placing unindexed JARs after the indexed ones is an assumption, not checked against the
 * launcher of each Spring Boot version.
 *
 * <p>Each library JAR is read as a stream inside the outer archive and is never written to disk.
 * The resource is bounded by the maximum file size. The bytes read from library JARs count against
 * the maximum inflated bytes, summed over all lookups of the scan.
 */
final class LibraryResourceLookup {

    private static final List<String> CLASSPATH_ROOTS = List.of("BOOT-INF/classes/", "WEB-INF/classes/");

    private final ScanLimits limits;
    private long bytesRead;

    LibraryResourceLookup(ScanLimits limits) {
        this.limits = limits;
    }

    /** A resource found in a library JAR: the JAR's entry name, the resource's entry name and its bytes. */
    record LibraryEntry(String jarName, String entryName, byte[] bytes) {
    }

    /** A resource found in one JAR, with the JAR's place in the launcher's classpath order. */
    private record Candidate(long rank, LibraryEntry entry) {
    }

    /**
     * Returns the folder of the library JARs that share the classpath with a configuration entry,
     * or empty when the entry is not below {@code BOOT-INF/classes/} or {@code WEB-INF/classes/}.
     */
    static Optional<String> libraryFolder(String configEntry) {
        for (String root : CLASSPATH_ROOTS) {
            int index = configEntry.lastIndexOf(root);
            if (index >= 0) {
                String prefix = configEntry.substring(0, index);
                return Optional.of(prefix + root.substring(0, root.indexOf('/') + 1) + "lib/");
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the resource from the first library JAR in classpath order that contains it.
     *
     * @param container the bytes of the ZIP archive that contains the library folder
     * @param libraryFolder such as {@code BOOT-INF/lib/}
     * @param resource the resource name without a leading slash, such as {@code certs/ca.pem}
     * @throws IOException when the archive is corrupt or a limit is exceeded
     */
    Optional<LibraryEntry> find(byte[] container, String libraryFolder, String resource) throws IOException {
        List<String> index = classpathIndex(container, libraryFolder);
        Candidate best = null;
        long entryOrder = 0;

        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(container))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!isLibraryJar(entry, libraryFolder)) {
                    continue;
                }
                long rank = rank(index, entry.getName(), entryOrder++);
                if (best != null && best.rank() < rank) {
                    continue;
                }
                Optional<byte[]> bytes = resourceInReadableJar(new CountingStream(zip), resource);
                if (bytes.isPresent()) {
                    best = new Candidate(rank, new LibraryEntry(entry.getName(), resource, bytes.get()));
                }
            }
        }
        return Optional.ofNullable(best).map(Candidate::entry);
    }

    private static boolean isLibraryJar(ZipEntry entry, String libraryFolder) {
        String name = entry.getName();
        return !entry.isDirectory() && name.startsWith(libraryFolder) && name.endsWith(".jar")
                && name.indexOf('/', libraryFolder.length()) < 0;
    }

    /** Ranks indexed JARs by their index position, then the others after them in entry order. */
    private static long rank(List<String> index, String jarName, long entryOrder) {
        int position = index.indexOf(jarName);
        return position >= 0 ? position : index.size() + entryOrder;
    }

    /**
     * Returns the JAR names in {@code classpath.idx} next to the library folder, whose lines read
     * {@code - "BOOT-INF/lib/name.jar"}, or an empty list when there is no index.
     */
    private List<String> classpathIndex(byte[] container, String libraryFolder) throws IOException {
        String indexName = libraryFolder.substring(0, libraryFolder.length() - "lib/".length()) + "classpath.idx";
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(container))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(indexName)) {
                    byte[] indexBytes = ArchiveEntryLookup.readBounded(zip, limits.maxFileBytes());
                    new String(indexBytes, StandardCharsets.UTF_8).lines().map(LibraryResourceLookup::indexedName)
                            .filter(name -> !name.isEmpty()).forEach(names::add);
                    break;
                }
            }
        }
        return names;
    }

    private static String indexedName(String line) {
        String name = line.strip();
        if (name.startsWith("- ")) {
            name = name.substring(2).strip();
        }
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1);
        }
        return name;
    }

    /**
     * Returns the resource from a library JAR, or empty when the JAR is corrupt or truncated, as
     * the scan reports such a JAR when it reads it as an archive entry. A limit hit still ends the
     * lookup.
     */
    private Optional<byte[]> resourceInReadableJar(InputStream jar, String resource) throws IOException {
        try {
            return resourceInJar(jar, resource);
        } catch (ZipException | EOFException e) {
            return Optional.empty();
        }
    }

    /** Reads the nested JAR from its stream, which is left open, and returns the resource's bytes. */
    private Optional<byte[]> resourceInJar(InputStream jar, String resource) throws IOException {
        // Not closed, because closing would close the outer archive's stream too.
        ZipInputStream nested = new ZipInputStream(jar);
        for (ZipEntry entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
            if (!entry.isDirectory() && ArchiveEntryLookup.stripLeadingSlashes(entry.getName()).equals(resource)) {
                return Optional.of(ArchiveEntryLookup.readBounded(nested, limits.maxFileBytes()));
            }
        }
        return Optional.empty();
    }

    /**
     * Counts the bytes read from a library JAR against the scan's maximum inflated bytes.
     * NOTE: entries of the library JAR that are skipped are inflated by {@link ZipInputStream} but
     * only their compressed bytes are counted here.
     */
    private final class CountingStream extends FilterInputStream {

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            if (value >= 0) {
                count(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(long read) throws IOException {
            bytesRead += read;
            if (bytesRead > limits.maxInflatedBytes()) {
                throw new IOException("more than " + limits.maxInflatedBytes()
                        + " bytes read from library JARs while looking up classpath resources");
            }
        }
    }
}
