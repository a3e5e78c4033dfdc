package io.github.smimecheck.check.read.config;

import io.github.smimecheck.check.read.CertificateReader;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.ReadContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JSSE system properties {@code javax.net.ssl.keyStore} and
 * {@code javax.net.ssl.trustStore}, with their {@code Password} and {@code Type} companions, from
 * configuration files and start scripts that set them: a {@code .properties} file ({@code key=value}), or JVM options in
 * {@code setenv.sh}, {@code .mvn/jvm.config}, a Dockerfile or a manifest ({@code -Dkey=value}).
 * Lines whose first non-blank character is {@code #} are comments. {@code ${NAME}},
 * {@code ${NAME:-default}} and {@code $NAME} are resolved from the environment and named secrets.
 * The value {@code NONE} (a keystore that is not a file, such as PKCS#11) is skipped.
 */
public final class JavaSslPropertiesReader implements CertificateReader {

    private static final Pattern PROPERTY = Pattern.compile(
            "(?<![\\w.])(?:-D)?(javax\\.net\\.ssl\\.(?:keyStore|trustStore)(?:Password|Type)?)[ \\t]*[=:][ \\t]*"
                    + "(?!-D)(\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s\"'\\\\]+)");
    private static final Pattern CONFIG_NAME = Pattern.compile(
            ".*\\.(properties|sh|bash|bat|cmd|ps1|conf|cfg|config|options|vmoptions|env|service|yml|yaml|json)");
    private static final Pattern SHELL_VARIABLE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * Accepts files that set one of the properties and are named like configuration or start
     * scripts, so that documentation quoting the properties is not read as configuration.
     */
    @Override
    public boolean accepts(Content content) {
        String name = content.name();
        boolean configName = CONFIG_NAME.matcher(name).matches() || name.startsWith("dockerfile")
                || name.startsWith("setenv") || name.equals("jvm.config");
        return configName && ConfigText.isSmallText(content)
                && PROPERTY.matcher(ConfigText.blankCommentLines(content.text())).find();
    }

    @Override
    public void read(Content content, ReadContext context) {
        String text = ConfigText.blankCommentLines(content.text());
        Placeholders placeholders = new Placeholders(":-", name -> context.variables().lookup(name));
        Map<String, ConfigValue> firstValues = new LinkedHashMap<>();
        List<ConfigValue> stores = new ArrayList<>();

        Matcher matcher = PROPERTY.matcher(text);
        while (matcher.find()) {
            String raw = unquote(matcher.group(2));
            String braced = SHELL_VARIABLE.matcher(raw).replaceAll("\\${$1}");
            Placeholders.Resolution resolution = placeholders.resolve(braced);
            ConfigValue value = new ConfigValue(matcher.group(1), raw, resolution.value(), resolution.unresolved(),
                    ConfigText.lineOf(text, matcher.start(1)));
            firstValues.putIfAbsent(value.key(), value);
            if (value.key().endsWith("Store")) {
                stores.add(value);
            }
        }

        ReferenceFollower follower = new ReferenceFollower(content, context);
        for (ConfigValue store : stores) {
            if (!store.resolved().equalsIgnoreCase("NONE")) {
                follower.keystore(store, List.of(store.resolved()), firstValues.get(store.key() + "Password"),
                        firstValues.get(store.key() + "Type"));
            }
        }
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))
                && value.endsWith(value.substring(0, 1));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
