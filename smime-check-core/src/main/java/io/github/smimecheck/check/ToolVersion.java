package io.github.smimecheck.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The smime-check version, filtered into a resource at build time. */
public final class ToolVersion {

    private static final String VERSION = load();

    private ToolVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream input = ToolVersion.class.getResourceAsStream("/io/github/smimecheck/check/version.properties")) {
            if (input == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(input);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
