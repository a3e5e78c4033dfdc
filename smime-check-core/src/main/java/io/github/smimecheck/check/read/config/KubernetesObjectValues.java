package io.github.smimecheck.check.read.config;

import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.KeystoreHint;
import io.github.smimecheck.check.read.ReadContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The values of one Secret or ConfigMap. Values that contain PEM are read as PEM; other binary
 * values (keystores such as {@code keystore.p12}, DER certificates) are handed on as they are,
 * with the password from a value of the same object whose key contains {@code password} (the one
 * whose key starts like the keystore's key is preferred). Values are never shown in messages,
 * because they are secrets.
 */
final class KubernetesObjectValues {

    private record Value(String key, byte[] bytes, int line) {

        boolean isPassword() {
            String lower = key.toLowerCase(Locale.ROOT);
            return lower.contains("password") || lower.contains("passphrase");
        }

        boolean containsPem() {
            return new String(bytes, StandardCharsets.UTF_8).contains("-----BEGIN ");
        }

        boolean isBinary() {
            for (byte value : bytes) {
                if (value == 0 || (value < 0x20 && value != '\n' && value != '\r' && value != '\t')) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Content content;
    private final Location object;
    private final ReadContext context;
    private final List<Value> values = new ArrayList<>();

    KubernetesObjectValues(Content content, Location object, ReadContext context) {
        this.content = content;
        this.object = object;
        this.context = context;
    }

    /** Collects the values under one field ({@code data}, {@code stringData}, {@code binaryData}). */
    void read(Node manifest, String field, boolean base64) {
        Node map = YamlNodes.child(manifest, field).orElse(null);
        if (map == null) {
            return;
        }
        for (NodeTuple tuple : YamlNodes.entries(map)) {
            String key = field + "/" + YamlNodes.scalar(tuple.getKeyNode()).orElse("?");
            String text = YamlNodes.scalar(tuple.getValueNode()).orElse("");
            int line = YamlNodes.line(tuple.getValueNode());
            decode(key, text, base64, line).ifPresent(bytes -> values.add(new Value(key, bytes, line)));
        }
    }

    /** Reads the collected certificate and keystore values. */
    void handOn() {
        for (Value value : values) {
            Location location = object.key(value.key());
            if (value.isPassword()) {
                continue;
            }
            if (value.containsPem()) {
                context.nested(new Content(location, value.bytes()));
            } else if (value.isBinary()) {
                Optional<char[]> password = passwordFor(value.key()).map(found -> new String(found.bytes(),
                        StandardCharsets.UTF_8).strip().toCharArray());
                context.nested(new Content(location, value.bytes()), KeystoreHint.of(password, Optional.empty()));
            }
        }
    }

    private Optional<Value> passwordFor(String keystoreKey) {
        String leaf = keystoreKey.substring(keystoreKey.indexOf('/') + 1).toLowerCase(Locale.ROOT);
        String stem = leaf.contains(".") ? leaf.substring(0, leaf.indexOf('.')) : leaf;
        List<Value> passwords = values.stream().filter(Value::isPassword).toList();
        return passwords.stream()
                .filter(candidate -> candidate.key().substring(candidate.key().indexOf('/') + 1)
                        .toLowerCase(Locale.ROOT).startsWith(stem))
                .findFirst()
                .or(() -> passwords.stream().findFirst());
    }

    private Optional<byte[]> decode(String key, String text, boolean base64, int line) {
        if (!base64) {
            return Optional.of(text.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return Optional.of(Base64.getDecoder().decode(text.replaceAll("\\s", "")));
        } catch (IllegalArgumentException e) {
            context.problem(object.key(key), ConfigProblems.CONFIG_INVALID, content.location().display() + " "
                    + object.steps().get(object.steps().size() - 1) + " key '" + key + "' (line " + line
                    + ") is not valid Base64 (" + e.getMessage() + "); encode the value with base64 or move it to"
                    + " stringData");
            return Optional.empty();
        }
    }
}
