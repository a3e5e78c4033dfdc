package io.github.smimecheck.check.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.smimecheck.check.ScanResult;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Builds SARIF {@code artifactLocation} objects whose URIs are relative to the scan's source root
 * under the {@code %SRCROOT%} base id. Locations are relative to the base directory, which in a
 * multi-module build is one module below the source root, so each one is rebased onto the source
 * root. A path outside the source root, and a URI such as {@code embedded:default-policy.yaml},
 * keeps its own form and gets no base id.
 */
final class SarifArtifactLocations {

    /** Base id of the source root, under the customary SARIF name. */
    static final String SOURCE_ROOT_ID = "%SRCROOT%";

    private final Path baseDirectory;
    private final Path sourceRoot;

    /**
     * Resolves symbolic links in both folders, because the source root may come from the shell's
     * logical working directory while the module folder is a real path.
     */
    SarifArtifactLocations(ScanResult result) {
        this.baseDirectory = realOrAbsolute(result.baseDirectory());
        this.sourceRoot = realOrAbsolute(result.sourceRoot());
    }

    /**
     * Returns the {@code originalUriBaseIds} entry of the source root. It carries a description
     * and no absolute URI, so the log does not depend on the checkout path. Consumers resolve the
     * relative URIs against their own checkout, as GitHub code scanning does with the repository root.
     */
    ObjectNode sourceRootBase() {
        ObjectNode base = ReportJson.mapper().createObjectNode();
        base.putObject("description").put("text",
                "Root of the source tree, such as the top folder of a multi-module build; "
                        + "relative artifact URIs are relative to it.");
        return base;
    }

    /** Puts {@code uri} and, when the file is inside the source root, {@code uriBaseId} on the node. */
    ObjectNode fill(ObjectNode artifactLocation, String file) {
        Optional<String> relative = relativeToSourceRoot(file);
        if (relative.isPresent()) {
            artifactLocation.put("uri", SarifUris.of(relative.get()));
            artifactLocation.put("uriBaseId", SOURCE_ROOT_ID);
        } else {
            artifactLocation.put("uri", SarifUris.of(file));
        }
        return artifactLocation;
    }

    /**
     * Returns the file's path relative to the source root, or empty when it is outside the source
     * root or is not a file path. A relative path inside the base directory keeps its own spelling
     * behind the base directory's prefix, so the URI matches the location shown in other reports.
     */
    Optional<String> relativeToSourceRoot(String file) {
        Optional<Path> parsed = parse(file);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }

        Path resolved = parsed.get().isAbsolute()
                ? realOrAbsolute(parsed.get()) : baseDirectory.resolve(parsed.get()).normalize();
        if (!resolved.startsWith(sourceRoot)) {
            return Optional.empty();
        }

        boolean insideModule = resolved.startsWith(baseDirectory) && baseDirectory.startsWith(sourceRoot);
        if (!parsed.get().isAbsolute() && insideModule) {
            String prefix = slashed(sourceRoot.relativize(baseDirectory));
            String own = file.replace('\\', '/');
            if (prefix.isEmpty()) {
                return Optional.of(own);
            }
            return Optional.of(own.equals(".") ? prefix : prefix + "/" + own);
        }
        return Optional.of(slashed(sourceRoot.relativize(resolved)));
    }

    private static Optional<Path> parse(String file) {
        if (SarifUris.hasScheme(file.replace('\\', '/'))) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(file));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Path realOrAbsolute(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
