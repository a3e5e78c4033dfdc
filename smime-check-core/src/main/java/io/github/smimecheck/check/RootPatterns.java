package io.github.smimecheck.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * Turns a list of Ant-style patterns and plain paths, all relative to one base directory, into
 * scan roots. Front ends that take their paths as text (a Jenkins step, a command line) use it so
 * that every one of them reads the same patterns the same way.
 *
 * <p>An entry without {@code *} or {@code ?} names a file or folder as it is, and a folder is
 * scanned recursively. An entry with a wildcard selects files with Ant semantics: {@code *} and
 * {@code ?} match within one path segment, {@code **} matches any number of folders, and an entry
 * ending in {@code /} means every file below that folder. Entries are separated by commas or line
 * breaks. Absolute paths and entries that climb out of the base directory with {@code ..} are
 * rejected, so a pattern cannot reach files outside the workspace it was written for.
 */
public final class RootPatterns {

    private RootPatterns() {
    }

    /**
     * The roots an expansion selected and the entries that selected nothing.
     *
     * @param roots files and folders to scan, in the order the entries named them, without repeats
     * @param unmatched entries that named no existing file or folder, as written
     */
    public record Expansion(List<Path> roots, List<String> unmatched) {

        public Expansion {
            roots = List.copyOf(roots);
            unmatched = List.copyOf(unmatched);
        }

        /** Returns one warning line per entry that selected nothing, naming the entry and what to check. */
        public List<String> unmatchedLines() {
            List<String> lines = new ArrayList<>();
            for (String entry : unmatched) {
                lines.add("smime-check: path pattern '" + entry + "' matched no file or folder; check the pattern"
                        + " and that the files exist before this step runs");
            }
            return lines;
        }

        /** Returns the message for a scan that has no root at all, naming every entry that was tried. */
        public String nothingMatchedMessage() {
            return "smime-check: no path pattern matched a file or folder (" + String.join(", ", unmatched)
                    + "), so nothing was scanned; check the paths and that the files exist before this step runs";
        }
    }

    /**
     * Splits the text into entries and checks their syntax without touching the file system.
     *
     * @throws IllegalArgumentException when the text has no entry, or an entry is absolute or leaves
     *     the base directory. The message names the entry and the fix.
     */
    public static List<String> parse(String patterns) {
        List<String> entries = new ArrayList<>();
        String text = patterns == null ? "" : patterns;
        for (String raw : text.split("[,\\r\\n]+")) {
            String entry = raw.trim().replace('\\', '/');
            if (!entry.isEmpty()) {
                entries.add(checked(entry));
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("no path pattern given; set paths to one or more patterns relative"
                    + " to the workspace, such as dist/** or target/app.war");
        }
        return entries;
    }

    /**
     * Expands the entries against the base directory.
     *
     * @throws IllegalArgumentException as {@link #parse(String)} does
     */
    public static Expansion expand(Path baseDirectory, String patterns) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Set<Path> roots = new LinkedHashSet<>();
        List<String> unmatched = new ArrayList<>();

        for (String entry : parse(patterns)) {
            List<Path> selected = hasWildcard(entry) ? filesMatching(base, entry) : existing(base, entry);
            if (selected.isEmpty()) {
                unmatched.add(entry);
            }
            roots.addAll(selected);
        }
        return new Expansion(new ArrayList<>(roots), unmatched);
    }

    private static String checked(String entry) {
        boolean absolute = entry.startsWith("/") || entry.matches("^[A-Za-z]:.*");
        if (absolute) {
            throw new IllegalArgumentException("path pattern '" + entry + "' is absolute; give it relative to the"
                    + " workspace, such as dist/**");
        }
        if (Arrays.asList(entry.split("/")).contains("..")) {
            throw new IllegalArgumentException("path pattern '" + entry + "' leaves the workspace with '..'; give a"
                    + " path inside the workspace");
        }
        return entry;
    }

    private static boolean hasWildcard(String entry) {
        return entry.indexOf('*') >= 0 || entry.indexOf('?') >= 0 || entry.endsWith("/");
    }

    private static List<Path> existing(Path base, String entry) {
        Path path = base.resolve(entry).normalize();
        return Files.exists(path) ? List.of(path) : List.of();
    }

    private static List<Path> filesMatching(Path base, String entry) {
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(base.toFile());
        scanner.setIncludes(new String[] {entry});
        scanner.scan();

        List<Path> files = new ArrayList<>();
        String[] included = scanner.getIncludedFiles();
        Arrays.sort(included);
        for (String relative : included) {
            files.add(base.resolve(relative));
        }
        return files;
    }
}
