package io.github.smimecheck.check.read.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Parses the documents of a YAML file into SnakeYAML node trees, which keep the line of every
 * key, with limits against hostile input.
 *
 * <p>SnakeYAML's composer is used directly because Jackson's YAML parser (2.23) neither expands
 * aliases (it returns the anchor name as the value, which would silently misread a
 * configuration) nor applies the {@code LoaderOptions} nesting depth limit. The composer rejects
 * more than {@value #MAX_ALIASES} aliases to collections, so a "billion laughs" file fails fast.
 * It also rejects nesting deeper than {@value #MAX_DEPTH} levels and more code points than the
 * configuration readers' file size limit. Node trees share aliased nodes and may be recursive
 * ({@code a: &a [*a]}), so walkers also stop after {@value #MAX_NODES} visited nodes (see
 * {@link YamlNodes}).
 */
final class YamlDocuments {

    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 64;
    static final int MAX_CODE_POINTS = ConfigText.MAX_CONFIG_BYTES;
    static final int MAX_NODES = 200_000;

    private YamlDocuments() {
    }

    /** Returns the root node of each non-empty document, in file order. */
    static List<Node> load(String text) throws ConfigSyntaxException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        DumperOptions dumperOptions = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options);

        List<Node> documents = new ArrayList<>();
        try {
            for (Node document : yaml.composeAll(new StringReader(text))) {
                if (document != null) {
                    documents.add(document);
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new ConfigSyntaxException(mark == null ? 0 : mark.getLine() + 1, oneLine(e.getProblem()));
        } catch (YAMLException e) {
            throw new ConfigSyntaxException(0, oneLine(e.getMessage()));
        }
        return documents;
    }

    private static String oneLine(String message) {
        return message == null ? "invalid YAML" : message.strip().replaceAll("\\s+", " ");
    }
}
