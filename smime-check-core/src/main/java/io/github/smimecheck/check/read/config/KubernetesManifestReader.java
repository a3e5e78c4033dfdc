package io.github.smimecheck.check.read.config;

import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.CertificateReader;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.ReadContext;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads Kubernetes manifests (YAML or JSON, one or many documents, also {@code kind: List} and
 * lists such as {@code SecretList}) and hands every certificate or keystore value of a Secret or
 * ConfigMap to the other readers (see {@link KubernetesObjectValues}).
 *
 * <p>A file is read when a line sets {@code kind} to {@code Secret}, {@code ConfigMap} or a list
 * kind. Helm chart templates are skipped because they are not YAML until rendered; scan the
 * output of {@code helm template} instead.
 */
public final class KubernetesManifestReader implements CertificateReader {

    private static final Pattern YAML_KIND = Pattern.compile(
            "(?m)^[ \\t-]*kind[ \\t]*:[ \\t]*[\"']?(Secret|ConfigMap|[A-Za-z]*List)\\b");
    private static final Pattern JSON_KIND = Pattern.compile("\"kind\"\\s*:\\s*\"(Secret|ConfigMap|[A-Za-z]*List)\"");
    private static final int MAX_LIST_NESTING = 4;

    @Override
    public boolean accepts(Content content) {
        if (!ConfigText.isSmallText(content)) {
            return false;
        }
        String text = content.text();
        boolean kind = YAML_KIND.matcher(text).find() || JSON_KIND.matcher(text).find();
        return kind && text.contains("apiVersion") && !text.contains("{{");
    }

    @Override
    public void read(Content content, ReadContext context) {
        try {
            for (Node document : YamlDocuments.load(content.text())) {
                readObject(document, content, context, 0);
            }
        } catch (ConfigSyntaxException e) {
            ConfigText.reportInvalid(content, context, "Kubernetes manifest", e);
        }
    }

    private static void readObject(Node object, Content content, ReadContext context, int listNesting) {
        String kind = YamlNodes.childScalar(object, "kind").orElse("");
        if (kind.endsWith("List") && listNesting < MAX_LIST_NESTING) {
            YamlNodes.child(object, "items").map(YamlNodes::items).orElse(java.util.List.of())
                    .forEach(item -> readObject(item, content, context, listNesting + 1));
            return;
        }
        if (!kind.equals("Secret") && !kind.equals("ConfigMap")) {
            return;
        }

        Location location = content.location().child(kind + " " + qualifiedName(object));
        KubernetesObjectValues values = new KubernetesObjectValues(content, location, context);
        if (kind.equals("Secret")) {
            values.read(object, "data", true);
            values.read(object, "stringData", false);
        } else {
            values.read(object, "data", false);
            values.read(object, "binaryData", true);
        }
        values.handOn();
    }

    /** Returns "namespace/name", or the name alone when the manifest sets no namespace. */
    private static String qualifiedName(Node object) {
        Node metadata = YamlNodes.child(object, "metadata").orElse(null);
        String name = metadata == null ? "" : YamlNodes.childScalar(metadata, "name").orElse("");
        String namespace = metadata == null ? "" : YamlNodes.childScalar(metadata, "namespace").orElse("");
        String displayName = name.isEmpty() ? "(unnamed)" : name;
        return namespace.isEmpty() ? displayName : namespace + "/" + displayName;
    }
}
