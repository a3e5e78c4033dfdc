package io.github.smimecheck.check.discovery;

import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.Content;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the file that a configuration file references, without leaving the scanned artifact.
 *
 * <p>For a configuration file on disk, a relative path is tried against the configuration file's
 * folder, then against each scan root and the base directory. An absolute path is used as it is
 * when it lies inside a scan root, else it is tried below each scan root, as in an unpacked root
 * file system ({@code /etc/nginx/site.crt} becomes {@code <root>/etc/nginx/site.crt}). A candidate
 * is read only when its real path is inside a scan root or the base directory, where the folder of
 * a root that is a single file counts as a root. So a scanned artifact cannot make the scan read
 * files of the build machine.
 *
 * <p>For a configuration file inside an archive, the path is looked up among the entries of the
 * same archive; see {@link ArchiveEntryLookup}. A classpath resource that is not there is looked
 * up in the archive's library JARs; see {@link LibraryResourceLookup}.
 */
public final class ReferenceResolver {

    private final Path baseDirectory;
    private final List<Path> allowedFolders;
    private final ArchiveEntryLookup archives;
    private final ScanLimits limits;

    public ReferenceResolver(Path baseDirectory, List<Path> roots, ScanLimits limits) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.allowedFolders = allowedFolders(this.baseDirectory, roots);
        this.archives = new ArchiveEntryLookup(limits);
        this.limits = limits;
    }

    /** Returns the referenced file, or empty when it is missing, unreadable or outside the scanned artifact. */
    public Optional<Content> resolve(Location from, String path) {
        String normalized = path.replace('\\', '/');
        Path configFile = baseDirectory.resolve(from.file()).normalize();
        if (from.steps().isEmpty()) {
            return readFromDisk(configFile, normalized, from);
        }
        Location container = new Location(from.file(), from.steps().subList(0, from.steps().size() - 1));
        return archives.find(configFile, from.steps(), normalized)
                .map(entry -> new Content(container.entry(entry.name()), entry.bytes()));
    }

    /**
     * Returns a classpath resource from the library JARs of the archive that contains the
     * configuration file. Its location is the resource inside the JAR that has it, such as
     * {@code app.jar > BOOT-INF/lib/mail-trust.jar > certs/ca.pem}. Returns empty for a
     * configuration file on disk.
     */
    public Optional<Content> resolveInLibraries(Location from, String resource) {
        if (from.steps().isEmpty()) {
            return Optional.empty();
        }
        Path configFile = baseDirectory.resolve(from.file()).normalize();
        Location container = new Location(from.file(), from.steps().subList(0, from.steps().size() - 1));
        return archives.findInLibraries(configFile, from.steps(), resource)
                .map(found -> new Content(container.entry(found.jarName()).entry(found.entryName()), found.bytes()));
    }

    private Optional<Content> readFromDisk(Path configFile, String path, Location from) {
        for (Path candidate : diskCandidates(configFile, path)) {
            if (isAllowed(candidate) && Files.isRegularFile(candidate)) {
                Optional<byte[]> bytes = readBounded(candidate);
                if (bytes.isPresent()) {
                    return Optional.of(new Content(Location.ofFile(display(candidate)), bytes.get()));
                }
            }
        }
        return Optional.empty();
    }

    private List<Path> diskCandidates(Path configFile, String path) {
        Set<Path> candidates = new LinkedHashSet<>();
        try {
            boolean absolute = path.startsWith("/") || Path.of(path).isAbsolute();
            String relative = ArchiveEntryLookup.stripLeadingSlashes(path);
            if (absolute) {
                candidates.add(Path.of(path).normalize());
            } else if (configFile.getParent() != null) {
                candidates.add(configFile.getParent().resolve(relative).normalize());
            }
            for (Path folder : allowedFolders) {
                candidates.add(folder.resolve(relative).normalize());
            }
        } catch (InvalidPathException e) {
            return List.of();
        }
        return new ArrayList<>(candidates);
    }

    private boolean isAllowed(Path candidate) {
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            return false;
        }
        return allowedFolders.stream().anyMatch(real::startsWith);
    }

    private Optional<byte[]> readBounded(Path file) {
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private String display(Path file) {
        return file.startsWith(baseDirectory) ? baseDirectory.relativize(file).toString().replace('\\', '/')
                : file.toString();
    }

    private static List<Path> allowedFolders(Path baseDirectory, List<Path> roots) {
        Set<Path> folders = new LinkedHashSet<>();
        for (Path root : roots) {
            Path absolute = baseDirectory.resolve(root).normalize();
            Path folder = Files.isRegularFile(absolute) ? absolute.getParent() : absolute;
            if (folder != null) {
                folders.add(realOrSelf(folder));
            }
        }
        folders.add(realOrSelf(baseDirectory));
        return List.copyOf(folders);
    }

    private static Path realOrSelf(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }
}
