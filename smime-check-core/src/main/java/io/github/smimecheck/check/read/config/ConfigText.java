package io.github.smimecheck.check.read.config;

import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.ReadContext;
import java.util.ArrayList;
import java.util.List;

/** Checks and reports shared by the configuration readers. */
final class ConfigText {

    /**
     * Largest file the configuration readers look at. Configuration files are small; the limit
     * keeps each reader's content check from decoding large text files such as logs.
     */
    static final int MAX_CONFIG_BYTES = 8 * 1024 * 1024;

    private ConfigText() {
    }

    static boolean isSmallText(Content content) {
        return content.bytes().length <= MAX_CONFIG_BYTES && content.looksLikeText();
    }

    static void reportInvalid(Content content, ReadContext context, String format, ConfigSyntaxException e) {
        context.problem(content.location(), ConfigProblems.CONFIG_INVALID, content.location().display()
                + " is not a valid " + format + " file (" + e.describe() + "); its certificate references were"
                + " not followed; fix the syntax");
    }

    /** Returns the 1-based line that a character offset of the text is on. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Replaces every character of comment lines (first non-blank character {@code #}) with a space, keeping offsets. */
    static String blankCommentLines(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (String line : text.split("(?<=\n)", -1)) {
            boolean comment = line.stripLeading().startsWith("#");
            result.append(comment ? line.replaceAll("[^\n]", " ") : line);
        }
        return result.toString();
    }

    /**
     * Returns the candidate paths for a file that a server configuration names. An absolute path
     * below the server's default configuration folder (such as {@code /etc/nginx}) is also tried
     * relative to the folder the configuration file is in, because a repository or image usually
     * keeps that folder's contents next to the configuration. {@code nestedFolders} are folder names that
     * sit one level below the default folder ({@code conf.d}).
     */
    static List<String> serverCandidates(String path, String defaultFolder, Location config,
                                         List<String> nestedFolders) {
        List<String> candidates = new ArrayList<>();
        candidates.add(path);
        String configPath = pathInContainer(config);
        String[] segments = configPath.split("/");
        boolean nested = segments.length > 1 && nestedFolders.contains(segments[segments.length - 2]);
        String up = nested ? "../" : "";
        if (path.startsWith(defaultFolder + "/")) {
            candidates.add(up + path.substring(defaultFolder.length() + 1));
        } else if (!ReferenceFollower.isAbsolute(path) && nested) {
            candidates.add(up + path);
        }
        return candidates;
    }

    /** Returns the path of the file inside its innermost archive, or on disk when it is not in an archive. */
    static String pathInContainer(Location location) {
        return location.steps().isEmpty() ? location.file() : location.steps().get(location.steps().size() - 1);
    }
}
