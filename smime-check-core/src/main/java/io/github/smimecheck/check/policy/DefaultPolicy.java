package io.github.smimecheck.check.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The embedded default policy, loaded once from {@code default-policy.yaml}. */
final class DefaultPolicy {

    static final YamlFile FILE = load();
    static final PolicyDocument DOCUMENT = bind();
    static final Policy POLICY = toPolicy();

    private DefaultPolicy() {
    }

    private static YamlFile load() {
        try (InputStream in = DefaultPolicy.class.getResourceAsStream(PolicyReader.DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(PolicyReader.DEFAULT_NAME + " is missing from the smime-check jar");
            }
            return YamlFile.of(Path.of(PolicyReader.DEFAULT_NAME), in.readAllBytes(), "smime.policy");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PolicyReader.DEFAULT_NAME, e);
        }
    }

    private static PolicyDocument bind() {
        try {
            return FILE.bind(PolicyDocument.class);
        } catch (PolicyFileException e) {
            throw new IllegalStateException("the embedded default policy is invalid: " + e.getMessage(), e);
        }
    }

    private static Policy toPolicy() {
        try {
            return PolicyReader.toPolicy(DOCUMENT, FILE);
        } catch (PolicyFileException e) {
            throw new IllegalStateException("the embedded default policy is invalid: " + e.getMessage(), e);
        }
    }
}
