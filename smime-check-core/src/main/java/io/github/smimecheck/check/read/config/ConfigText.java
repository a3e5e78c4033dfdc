package io.github.smimecheck.check.read.config;

import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.ReadContext;

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

    /** Returns the path of the file inside its innermost archive, or on disk when it is not in an archive. */
    static String pathInContainer(Location location) {
        return location.steps().isEmpty() ? location.file() : location.steps().get(location.steps().size() - 1);
    }
}
