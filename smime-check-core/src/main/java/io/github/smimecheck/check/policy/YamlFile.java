package io.github.smimecheck.check.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.smimecheck.check.inventory.Inventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * One configuration file read into memory, with its SHA-256, and bound strictly to a document
 * type: unknown keys, duplicate keys and wrong value types are errors that name the line.
 *
 * <p>Parsing is bounded so a hostile file cannot exhaust memory: at most {@value #MAX_BYTES} bytes
 * and {@value #MAX_NESTING} levels of nesting. Aliases ({@code *name}) are rejected, because
 * Jackson's YAML parser (2.23) reads an alias as the anchor's name instead of its value, which
 * would silently change the meaning of the file.
 */
final class YamlFile {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_NESTING = 20;

    private static final ObjectMapper MAPPER = createMapper();

    private final Path path;
    private final byte[] bytes;
    private final String role;

    private YamlFile(Path path, byte[] bytes, String role) {
        this.path = path;
        this.bytes = bytes.clone();
        this.role = role;
    }

    /** Reads a file from disk; {@code role} is the front end's setting that names it, used in the fix. */
    static YamlFile read(Path path, String role) throws PolicyFileException {
        return read(path, role, null);
    }

    /**
     * Reads a file from disk and names it relative to {@code baseDirectory} in messages and the
     * evidence when it lies inside that folder, so the evidence does not depend on where the
     * project was checked out.
     */
    static YamlFile read(Path file, String role, Path baseDirectory) throws PolicyFileException {
        Path path = display(file, baseDirectory);
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new PolicyFileException(path, 0, "file is " + size + " bytes; the limit is " + MAX_BYTES,
                        "split it or remove unused entries");
            }
            return new YamlFile(path, Files.readAllBytes(file), role);
        } catch (NoSuchFileException e) {
            throw new PolicyFileException(path, 0, "file not found", "check the path given in " + role);
        } catch (IOException e) {
            throw new PolicyFileException(path, 0, "file could not be read: " + e, "check that it is a readable file");
        }
    }

    private static Path display(Path file, Path baseDirectory) {
        if (baseDirectory == null) {
            return file;
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path base = baseDirectory.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute) : file;
    }

    /** Wraps bytes that do not come from disk, such as the embedded default policy. */
    static YamlFile of(Path name, byte[] bytes, String role) {
        return new YamlFile(name, bytes, role);
    }

    Path path() {
        return path;
    }

    String sha256() {
        return Inventory.sha256Hex(bytes);
    }

    /** Binds the whole file to {@code type}; an empty file and an alias are errors. */
    <T> T bind(Class<T> type) throws PolicyFileException {
        try {
            checkTokens();
            return MAPPER.readValue(bytes, type);
        } catch (UnrecognizedPropertyException e) {
            throw new PolicyFileException(path, lineOf(pointer(e)), "unknown key '" + e.getPropertyName() + "'",
                    "use one of " + sorted(e.getKnownPropertyIds()) + " or remove the key");
        } catch (JsonMappingException e) {
            throw new PolicyFileException(path, lineOf(pointer(e)), "invalid value: " + e.getOriginalMessage(),
                    "correct the value at that line; docs/configuration.md describes each key");
        } catch (JsonProcessingException e) {
            throw new PolicyFileException(path, line(e.getLocation()), "invalid YAML: " + e.getOriginalMessage(),
                    "correct the YAML syntax at that line");
        } catch (IOException e) {
            throw new PolicyFileException(path, 0, "file could not be parsed: " + e, "check that it is YAML text");
        }
    }

    /** Reads every token once: rejects aliases and empty files, and applies the nesting limit. */
    private void checkTokens() throws IOException, PolicyFileException {
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            int tokens = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                tokens++;
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    throw new PolicyFileException(path, line(parser.currentTokenLocation()), "alias '*"
                            + parser.getText() + "' is not supported", "write the value out in full");
                }
            }
            if (tokens == 0) {
                throw new PolicyFileException(path, 0, "file is empty", "add the entries or leave " + role + " unset");
            }
        }
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/').append(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
        }
        return pointer.toString();
    }

    /** Returns an error at the line of the value the JSON pointer names, such as {@code /exceptions/2/expires}. */
    PolicyFileException error(String pointer, String message) {
        return new PolicyFileException(path, lineOf(pointer), message);
    }

    /**
     * Returns the 1-based line where the value at the JSON pointer starts, or the nearest enclosing
     * value that exists (a missing key is reported at its entry), or 0 when nothing matches.
     */
    int lineOf(String pointer) {
        String target = pointer;
        while (!target.isEmpty()) {
            int line = findLine(target);
            if (line > 0) {
                return line;
            }
            target = target.substring(0, target.lastIndexOf('/'));
        }
        return 0;
    }

    private int findLine(String pointer) {
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME && parser.getParsingContext().pathAsPointer().toString().equals(pointer)) {
                    return line(parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    private static String sorted(Collection<Object> names) {
        TreeSet<String> sorted = new TreeSet<>();
        names.forEach(name -> sorted.add(String.valueOf(name)));
        return String.join(", ", sorted);
    }

    private static ObjectMapper createMapper() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(options)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
        return new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }
}
