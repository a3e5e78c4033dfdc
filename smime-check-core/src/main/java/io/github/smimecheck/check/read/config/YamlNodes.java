package io.github.smimecheck.check.read.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Small queries over SnakeYAML nodes: child by key, scalar text, line, and flattening to dotted keys. */
final class YamlNodes {

    private YamlNodes() {
    }

    /** A scalar leaf under its dotted key, such as {@code server.ssl.key-store} or {@code items[0].kind}. */
    record Leaf(String key, String value, int line) {

        /** Shows the key and line only, because the value may be a password. */
        @Override
        public String toString() {
            return "Leaf[" + key + ", line " + line + "]";
        }
    }

    static Optional<Node> child(Node node, String key) {
        if (!(node instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (scalar(tuple.getKeyNode()).filter(key::equals).isPresent()) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }

    static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    static Optional<String> childScalar(Node node, String key) {
        return child(node, key).flatMap(YamlNodes::scalar);
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    static List<NodeTuple> entries(Node node) {
        return node instanceof MappingNode mapping ? mapping.getValue() : List.of();
    }

    static List<Node> items(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
    }

    /**
     * Returns every scalar leaf under a dotted key. Keys that are themselves dotted are kept as
     * written, so {@code server: {ssl.key-store: x}} becomes {@code server.ssl.key-store}.
     *
     * @throws ConfigSyntaxException when the tree, with its aliases followed, has more than
     *     {@link YamlDocuments#MAX_NODES} nodes
     */
    static List<Leaf> flatten(Node root) throws ConfigSyntaxException {
        List<Leaf> leaves = new ArrayList<>();
        int[] visited = {0};
        flatten(root, "", leaves, visited);
        return leaves;
    }

    private static void flatten(Node node, String prefix, List<Leaf> leaves, int[] visited)
            throws ConfigSyntaxException {
        if (++visited[0] > YamlDocuments.MAX_NODES || prefix.length() > 4096) {
            throw new ConfigSyntaxException(line(node), "more than " + YamlDocuments.MAX_NODES
                    + " nodes once aliases are followed; the file is not a plausible configuration");
        }
        if (node instanceof ScalarNode scalar) {
            leaves.add(new Leaf(prefix, scalar.getValue(), line(node)));
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                String key = scalar(tuple.getKeyNode()).orElse("?");
                flatten(tuple.getValueNode(), prefix.isEmpty() ? key : prefix + "." + key, leaves, visited);
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> values = sequence.getValue();
            for (int i = 0; i < values.size(); i++) {
                flatten(values.get(i), prefix + "[" + i + "]", leaves, visited);
            }
        }
    }
}
