package io.github.smimecheck.check.read.config;

import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.CertificateReader;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.ReadContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads Spring Boot configuration files ({@code application.yml}, {@code application.yaml},
 * {@code application.properties}, profile variants such as {@code application-prod.yml}, and
 * {@code bootstrap.*}) and follows their SSL settings (see {@link SpringSslReferences}).
 *
 * <p>Placeholders {@code ${NAME:default}} are resolved from the environment variables the front
 * end passed in (also in Spring's environment form, {@code mail.password} as
 * {@code MAIL_PASSWORD}), then from named secrets, then from the keys of the same document. Each
 * document of a multi-document YAML file is read on its own; the location then records the
 * document number.
 */
public final class SpringBootConfigReader implements CertificateReader {

    private static final Pattern FILE_NAME = Pattern.compile(
            "(application|bootstrap)(-[A-Za-z0-9_.-]+)?\\.(yml|yaml|properties)");

    @Override
    public boolean accepts(Content content) {
        return FILE_NAME.matcher(content.name()).matches() && ConfigText.isSmallText(content);
    }

    @Override
    public void read(Content content, ReadContext context) {
        List<List<YamlNodes.Leaf>> documents;
        try {
            documents = content.name().endsWith(".properties")
                    ? List.of(SpringProperties.load(content.text()))
                    : yamlDocuments(content.text());
        } catch (ConfigSyntaxException e) {
            ConfigText.reportInvalid(content, context, "Spring Boot configuration", e);
            return;
        }

        for (int i = 0; i < documents.size(); i++) {
            Location base = documents.size() > 1 ? content.location().child("document " + (i + 1))
                    : content.location();
            List<ConfigValue> values = resolve(documents.get(i), context);
            new SpringSslReferences(values, ConfigText.pathInContainer(content.location()))
                    .follow(new ReferenceFollower(content, base, context));
        }
    }

    private static List<List<YamlNodes.Leaf>> yamlDocuments(String text) throws ConfigSyntaxException {
        List<List<YamlNodes.Leaf>> documents = new ArrayList<>();
        for (Node document : YamlDocuments.load(text)) {
            documents.add(YamlNodes.flatten(document));
        }
        return documents;
    }

    private static List<ConfigValue> resolve(List<YamlNodes.Leaf> leaves, ReadContext context) {
        Placeholders placeholders = new Placeholders(":", name -> lookup(name, leaves, context));
        List<ConfigValue> values = new ArrayList<>();
        for (YamlNodes.Leaf leaf : leaves) {
            values.add(ConfigValue.resolved(leaf.key(), leaf.value(), placeholders, leaf.line()));
        }
        return values;
    }

    private static Optional<String> lookup(String name, List<YamlNodes.Leaf> leaves, ReadContext context) {
        Optional<String> variable = context.variables().lookup(name)
                .or(() -> context.variables().lookup(environmentForm(name)));
        if (variable.isPresent()) {
            return variable;
        }
        String canonical = SpringSslReferences.canonical(name);
        return leaves.stream().filter(leaf -> SpringSslReferences.canonical(leaf.key()).equals(canonical))
                .map(YamlNodes.Leaf::value).filter(value -> !value.contains("${")).findFirst();
    }

    /** Returns the environment variable name Spring maps a property to: {@code mail.key-store} to {@code MAIL_KEYSTORE}. */
    private static String environmentForm(String name) {
        return name.replace(".", "_").replace("-", "").toUpperCase(Locale.ROOT);
    }
}
