package io.github.smimecheck.check.read.config;

import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.KeystoreHint;
import io.github.smimecheck.check.read.ReadContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Turns certificate and keystore values of one configuration file into nested content: inline
 * PEM is read in place, and a path is looked up through {@link ReadContext#resolve} and read with
 * the key recorded in the location, for example
 * {@code application.yml > key server.ssl.key-store > classpath:mail.p12}. A reference that
 * cannot be followed becomes a finding that names the file, the key and the value as written. A
 * classpath resource found only in a library JAR gets one more step that names the JAR, such as
 * {@code ... > classpath:certs/ca.pem > BOOT-INF/lib/mail-trust.jar!/certs/ca.pem}.
 */
final class ReferenceFollower {

    private final Content config;
    private final Location base;
    private final ReadContext context;

    /**
     * @param config the configuration file; references are resolved relative to it
     * @param base the location keys are appended to: the file, or a document or object inside it
     */
    ReferenceFollower(Content config, Location base, ReadContext context) {
        this.config = config;
        this.base = base;
        this.context = context;
    }

    ReferenceFollower(Content config, ReadContext context) {
        this(config, config.location(), context);
    }

    /** Reads a value that is either inline PEM or the path of a certificate file, trying each candidate path. */
    void certificate(ConfigValue value, List<String> candidates) {
        certificate(value, candidates, null);
    }

    /**
     * Reads a certificate value like {@link #certificate(ConfigValue, List)}; when no candidate
     * path is found, {@code classpathResource} (null for none) is looked up in the library JARs.
     */
    void certificate(ConfigValue value, List<String> candidates, String classpathResource) {
        if (value.resolved().contains("-----BEGIN ")) {
            context.nested(new Content(keyLocation(value), value.resolved().getBytes(StandardCharsets.UTF_8)));
            return;
        }
        follow(value, candidates, classpathResource, null);
    }

    /**
     * Reads a keystore file named by a configuration value and passes on the password and type
     * that the configuration gives. Either is null when the configuration does not set it.
     */
    void keystore(ConfigValue location, List<String> candidates, ConfigValue password, ConfigValue type) {
        keystore(location, candidates, null, password, type);
    }

    /**
     * Reads a keystore like {@link #keystore(ConfigValue, List, ConfigValue, ConfigValue)}; when no
     * candidate path is found, {@code classpathResource} (null for none) is looked up in the
     * library JARs.
     */
    void keystore(ConfigValue location, List<String> candidates, String classpathResource, ConfigValue password,
                  ConfigValue type) {
        Optional<char[]> secret = Optional.empty();
        if (password != null && password.isResolved()) {
            secret = Optional.of(password.resolved().toCharArray());
        } else if (password != null) {
            context.problem(base.key(password.key()), ConfigProblems.PASSWORD_MISSING, fileName() + " "
                    + password.describeKey() + " gives the password of keystore '" + location.raw()
                    + "' as placeholder " + placeholders(password) + ", which has no value; set the environment"
                    + " variable, list a settings.xml server with that id in smime.passwordServers, or add a"
                    + " default");
        }
        Optional<String> keystoreType = Optional.ofNullable(type).filter(ConfigValue::isResolved)
                .map(ConfigValue::resolved).map(String::trim).filter(text -> !text.isEmpty());
        follow(location, candidates, classpathResource, KeystoreHint.of(secret, keystoreType));
    }

    /**
     * Reports a value that names its file through a variable known only when the server runs
     * (such as nginx {@code $ssl_server_name}), so the file cannot be found in the artifact.
     */
    void runtimeOnly(ConfigValue value, String variableKind) {
        context.problem(keyLocation(value), ConfigProblems.REFERENCE_EXTERNAL, fileName() + " "
                + value.describeKey() + " names its file as '" + value.raw() + "' through " + variableKind
                + " that are only known at run time, so its certificates are not checked; add the certificate"
                + " files to smime.paths to check them");
    }

    Location keyLocation(ConfigValue value) {
        return base.key(value.key());
    }

    private void follow(ConfigValue value, List<String> candidates, String classpathResource, KeystoreHint hint) {
        if (value.isResolved() && value.resolved().isBlank()) {
            return;
        }
        if (!value.isResolved()) {
            context.problem(keyLocation(value), ConfigProblems.REFERENCE_MISSING, fileName() + " "
                    + value.describeKey() + " references '" + value.raw() + "', but placeholder "
                    + placeholders(value) + " has no value; define it or give the value directly");
            return;
        }
        Location referenceLocation = keyLocation(value).child(value.raw().trim());
        for (String candidate : candidates) {
            Optional<Content> found = context.resolve(config.location(), candidate);
            if (found.isPresent()) {
                read(referenceLocation, found.get(), hint);
                return;
            }
        }

        Optional<Content> library = classpathResource == null ? Optional.empty()
                : context.resolveInLibraries(config.location(), classpathResource);
        if (library.isPresent()) {
            read(referenceLocation.child(jarUrlPath(library.get().location())), library.get(), hint);
            return;
        }
        reportNotFound(value, candidates, classpathResource != null);
    }

    private void read(Location location, Content found, KeystoreHint hint) {
        Content referenced = new Content(location, found.bytes());
        if (hint == null) {
            context.nested(referenced);
        } else {
            context.nested(referenced, hint.forFile(found.location()));
        }
    }

    /**
     * Returns where in a library JAR a resource was found, in the form of a nested JAR URL's path:
     * {@code BOOT-INF/lib/mail-trust.jar!/certs/ca.pem}. The last segment stays the resource's
     * file name, so readers still see its extension.
     */
    private static String jarUrlPath(Location inJar) {
        List<String> steps = inJar.steps();
        return steps.get(steps.size() - 2) + "!/" + steps.get(steps.size() - 1);
    }

    private void reportNotFound(ConfigValue value, List<String> candidates, boolean librariesSearched) {
        boolean external = !candidates.isEmpty() && candidates.stream().allMatch(ReferenceFollower::isAbsolute);
        if (external) {
            context.problem(keyLocation(value), ConfigProblems.REFERENCE_EXTERNAL, fileName() + " "
                    + value.describeKey() + " references '" + value.raw() + "', which is outside the scanned"
                    + " artifact, so its certificates are not checked; add that file to smime.paths to check it");
            return;
        }
        String searched = librariesSearched && isInArchiveClasspath()
                ? ", in the scanned roots and in the archive's library JARs" : " and in the scanned roots";
        context.problem(keyLocation(value), ConfigProblems.REFERENCE_MISSING, fileName() + " "
                + value.describeKey() + " references '" + value.raw() + "', which is not in the scanned artifact"
                + " (looked for " + String.join(", ", candidates) + " next to the configuration file" + searched
                + "); package the file or correct the path");
    }

    /** Returns whether the configuration file is on the classpath of an archive that has library JARs. */
    private boolean isInArchiveClasspath() {
        String path = ConfigText.pathInContainer(config.location());
        return !config.location().steps().isEmpty()
                && (path.contains("BOOT-INF/classes/") || path.contains("WEB-INF/classes/"));
    }

    private String fileName() {
        return config.location().display();
    }

    private static String placeholders(ConfigValue value) {
        return "${" + String.join("}, ${", value.unresolved()) + "}";
    }

    /** Returns whether a path names something outside any folder: an absolute path or a URL. */
    static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:[\\\\/].*")
                || path.contains("://");
    }
}
