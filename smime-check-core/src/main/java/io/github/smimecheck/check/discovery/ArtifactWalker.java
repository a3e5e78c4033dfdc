package io.github.smimecheck.check.discovery;

import io.github.smimecheck.check.ScannedFile;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.ArchiveFormat;
import io.github.smimecheck.check.read.ArchiveReader;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.ReadProblems;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Walks the scan roots (files or folders, recursively, in sorted order) and hands every regular
 * file to the dispatcher. Archive files, detected from their first bytes, are streamed from disk
 * instead, so {@code maxFileBytes} limits their entries but not the archive itself. Locations are
 * shown relative to the base directory when the file is inside it, else as given.
 */
public final class ArtifactWalker {

    private final Path baseDirectory;
    private final ContentDispatcher dispatcher;
    private final ArchiveReader archives = new ArchiveReader();

    public ArtifactWalker(Path baseDirectory, ContentDispatcher dispatcher) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.dispatcher = dispatcher;
    }

    /**
     * Walks every root; a root or file that cannot be read becomes a problem and the walk goes on.
     * A file reached through several roots, such as a folder and a file inside it, is read once.
     */
    public void walk(List<Path> roots) {
        Set<Path> walked = new HashSet<>();
        for (Path root : roots) {
            Location rootLocation = Location.ofFile(display(root));
            if (!Files.exists(root)) {
                dispatcher.problem(rootLocation, ReadProblems.FILE_UNREADABLE, "scan root does not exist; check the"
                        + " path in smime.paths");
                continue;
            }
            for (Path file : filesUnder(root, rootLocation)) {
                if (walked.add(file.toAbsolutePath().normalize())) {
                    readFile(file);
                }
            }
        }
    }

    private List<Path> filesUnder(Path root, Location rootLocation) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> stream = Files.walk(root)) {
            stream.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            dispatcher.problem(rootLocation, ReadProblems.FILE_UNREADABLE, "folder could not be listed completely ("
                    + e.getMessage() + "); check its permissions");
        }
        return files;
    }

    private void readFile(Path file) {
        Location location = Location.ofFile(display(file));
        try {
            Optional<ArchiveFormat> archive = ArchiveFormat.detect(new Content(location, head(file)));
            if (archive.isPresent()) {
                dispatcher.scanned(fingerprint(file, location.file()));
                archives.readFile(file, archive.get(), location, dispatcher);
                return;
            }

            long size = Files.size(file);
            if (size > dispatcher.limits().maxFileBytes()) {
                dispatcher.problem(location, ReadProblems.LIMIT_EXCEEDED, "file is " + size + " bytes; the limit"
                        + " for one file is " + dispatcher.limits().maxFileBytes()
                        + " bytes (smime.maxFileBytes); raise it to scan this file");
                return;
            }
            Content content = new Content(location, Files.readAllBytes(file));
            dispatcher.scanned(content);
            dispatcher.dispatch(content);
        } catch (IOException e) {
            dispatcher.problem(location, ReadProblems.FILE_UNREADABLE, "file could not be read (" + e
                    + "); check its permissions");
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream input = Files.newInputStream(file)) {
            return input.readNBytes(ArchiveFormat.HEAD_BYTES);
        }
    }

    /** Streams the file once to get its size and SHA-256 without holding it in memory. */
    private static ScannedFile fingerprint(Path file, String display) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
        long size;
        try (InputStream input = new DigestInputStream(Files.newInputStream(file), digest)) {
            size = input.transferTo(OutputStream.nullOutputStream());
        }
        return new ScannedFile(display, size, HexFormat.of().formatHex(digest.digest()));
    }

    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(baseDirectory) && !absolute.equals(baseDirectory)
                ? baseDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
