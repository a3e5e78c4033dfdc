package io.github.smimecheck.check.read.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the certificate and keystore settings among the keys of one Spring Boot configuration
 * document and follows them.
 *
 * <p>Keys are compared in Spring's relaxed form (lower case, without {@code -} and {@code _}), so
 * {@code key-store}, {@code keyStore} and {@code key_store} match. A keystore is a key whose last
 * segment is {@code key-store}/{@code trust-store} ({@code server.ssl.key-store}), a
 * {@code location} under {@code keystore}/{@code truststore}
 * ({@code spring.ssl.bundle.jks.mail.keystore.location}), or such a name followed by
 * {@code -location} ({@code spring.kafka.ssl.trust-store-location}); its password and type are
 * the sibling keys ending in {@code password} and {@code type}. A certificate is a key under an
 * {@code ssl} prefix whose last segment is {@code certificate} or {@code trust-certificate}; its
 * value is inline PEM or a location.
 */
final class SpringSslReferences {

    private final Map<String, ConfigValue> values = new LinkedHashMap<>();
    private final String configPath;

    /**
     * @param values the document's values by key as written
     * @param configPath path of the configuration file inside its archive or on disk, used to
     *     find the classpath root
     */
    SpringSslReferences(List<ConfigValue> values, String configPath) {
        for (ConfigValue value : values) {
            this.values.putIfAbsent(canonical(value.key()), value);
        }
        this.configPath = configPath.replace('\\', '/');
    }

    /** Returns a key in Spring's relaxed comparison form. */
    static String canonical(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    void follow(ReferenceFollower follower) {
        for (Map.Entry<String, ConfigValue> entry : values.entrySet()) {
            String key = entry.getKey();
            ConfigValue value = entry.getValue();
            if (value.raw().isBlank()) {
                continue;
            }
            String keystoreBase = keystoreBase(key);
            if (keystoreBase != null) {
                follower.keystore(value, candidates(value.resolved()), classpathResource(value.resolved()),
                        sibling(keystoreBase, "password"), sibling(keystoreBase, "type"));
            } else if (isCertificate(key)) {
                follower.certificate(value, candidates(value.resolved()), classpathResource(value.resolved()));
            }
        }
    }

    /** Returns the key the password and type keys are derived from, or null when the key names no keystore. */
    private static String keystoreBase(String key) {
        String lastSegment = key.substring(key.lastIndexOf('.') + 1);
        if (lastSegment.equals("keystore") || lastSegment.equals("truststore")) {
            return key;
        }
        if (lastSegment.equals("keystorelocation") || lastSegment.equals("truststorelocation")) {
            return key.substring(0, key.length() - "location".length());
        }
        if (lastSegment.equals("location") && (key.endsWith(".keystore.location")
                || key.endsWith(".truststore.location"))) {
            return key.substring(0, key.length() - "location".length());
        }
        return null;
    }

    private ConfigValue sibling(String keystoreBase, String suffix) {
        return values.get(keystoreBase + suffix);
    }

    private static boolean isCertificate(String key) {
        String lastSegment = key.substring(key.lastIndexOf('.') + 1);
        boolean certificateKey = lastSegment.equals("certificate") || lastSegment.equals("trustcertificate");
        return certificateKey && (key.contains("ssl.") || key.contains(".ssl"));
    }

    /**
     * Returns the paths to try for a Spring resource location: {@code classpath:} locations
     * relative to the classpath root, {@code file:} and plain locations as paths, plain locations
     * also on the classpath.
     */
    List<String> candidates(String location) {
        String trimmed = location.trim();
        List<String> candidates = new ArrayList<>();
        if (trimmed.startsWith("classpath:") || trimmed.startsWith("classpath*:")) {
            candidates.add(classpathRelative(trimmed.substring(trimmed.indexOf(':') + 1)));
            return candidates;
        }
        String path = trimmed.startsWith("file:") ? fileUrlPath(trimmed) : trimmed;
        candidates.add(path);
        if (!trimmed.startsWith("file:") && !ReferenceFollower.isAbsolute(path)) {
            String classpath = classpathRelative(path);
            if (!classpath.equals(path)) {
                candidates.add(classpath);
            }
        }
        return candidates;
    }

    /**
     * Returns the classpath resource name of a location that Spring may load from the classpath: a
     * {@code classpath:} location, or a plain relative path. Returns null for {@code file:},
     * absolute paths and URLs.
     */
    static String classpathResource(String location) {
        String trimmed = location.trim();
        if (trimmed.startsWith("classpath:") || trimmed.startsWith("classpath*:")) {
            return trimmed.substring(trimmed.indexOf(':') + 1).replace('\\', '/').replaceFirst("^/+", "");
        }
        if (trimmed.startsWith("file:") || ReferenceFollower.isAbsolute(trimmed) || trimmed.contains(":")) {
            return null;
        }
        return trimmed.replace('\\', '/');
    }

    private static String fileUrlPath(String location) {
        String path = location.substring("file:".length());
        return path.startsWith("///") ? path.substring(2) : path;
    }

    /**
     * Returns a classpath resource as a path relative to the configuration file's folder. The
     * classpath root is {@code BOOT-INF/classes/} or {@code WEB-INF/classes/} when the file is
     * below one, the parent folder for a file in a {@code config/} folder, else the file's folder.
     */
    private String classpathRelative(String resource) {
        String stripped = resource.replace('\\', '/').replaceFirst("^/+", "");
        int slash = configPath.lastIndexOf('/');
        String folder = slash < 0 ? "" : configPath.substring(0, slash + 1);
        String root = classpathRoot(folder);
        String below = folder.substring(root.length());
        long depth = below.chars().filter(character -> character == '/').count();
        return "../".repeat((int) depth) + stripped;
    }

    private static String classpathRoot(String folder) {
        for (String marker : List.of("BOOT-INF/classes/", "WEB-INF/classes/")) {
            int index = folder.lastIndexOf(marker);
            if (index >= 0) {
                return folder.substring(0, index + marker.length());
            }
        }
        if (folder.equals("config/") || folder.endsWith("/config/")) {
            return folder.substring(0, folder.length() - "config/".length());
        }
        return folder;
    }
}
