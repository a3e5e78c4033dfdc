package io.github.smimecheck.check.read.config;

import io.github.smimecheck.check.read.CertificateReader;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.ReadContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Postfix {@code main.cf} and follows the certificate files of the {@code smtpd_},
 * {@code smtp_}, {@code lmtp_} and {@code tlsproxy_} parameters {@code tls_cert_file},
 * {@code tls_eccert_file}, {@code tls_dcert_file}, {@code tls_chain_files} (a list) and
 * {@code tls_CAfile}.
 *
 * <p>As in Postfix, a line starting with {@code #} is a comment and a line starting with
 * whitespace continues the previous parameter. {@code $name}, {@code ${name}} and
 * {@code $(name)} are expanded from the other parameters of the file; {@code config_directory}
 * defaults to {@code /etc/postfix}, which stands for the folder {@code main.cf} is in.
 */
public final class PostfixMainCfReader implements CertificateReader {

    private static final Pattern FILE_PARAMETER = Pattern.compile(
            "(smtpd|smtp|lmtp|tlsproxy)_tls_(cert_file|eccert_file|dcert_file|chain_files|CAfile)");
    private static final Pattern EXPANSION = Pattern.compile("\\$(?:\\{([A-Za-z0-9_]+)}|\\(([A-Za-z0-9_]+)\\)|([A-Za-z0-9_]+))");
    private static final String DEFAULT_CONFIG_DIRECTORY = "/etc/postfix";
    private static final int MAX_EXPANSION_DEPTH = 8;
    private static final int MAX_EXPANSIONS = 1000;

    /** A parameter as written, with the line it starts on. */
    private record Parameter(String value, int line) {
    }

    @Override
    public boolean accepts(Content content) {
        return content.name().equals("main.cf") && ConfigText.isSmallText(content);
    }

    @Override
    public void read(Content content, ReadContext context) {
        Map<String, Parameter> parameters = parameters(content.text());
        String configDirectory = Optional.ofNullable(parameters.get("config_directory")).map(Parameter::value)
                .orElse(DEFAULT_CONFIG_DIRECTORY);
        ReferenceFollower follower = new ReferenceFollower(content, context);

        for (Map.Entry<String, Parameter> entry : parameters.entrySet()) {
            if (!FILE_PARAMETER.matcher(entry.getKey()).matches()) {
                continue;
            }
            for (String file : entry.getValue().value().split("[,\\s]+")) {
                if (!file.isBlank()) {
                    follow(entry.getKey(), file, entry.getValue().line(), parameters, configDirectory, follower,
                            content);
                }
            }
        }
    }

    private static void follow(String name, String file, int line, Map<String, Parameter> parameters,
                               String configDirectory, ReferenceFollower follower, Content content) {
        List<String> unresolved = new ArrayList<>();
        String expanded = expand(file, parameters, unresolved, 0, new int[] {MAX_EXPANSIONS});
        ConfigValue value = new ConfigValue(name, file, expanded, unresolved, line);
        List<String> candidates = ConfigText.serverCandidates(expanded, configDirectory, content.location(), List.of());
        follower.certificate(value, candidates);
    }

    /**
     * Expands parameters, also inside the values of expanded parameters. A parameter that is not
     * set, or that is still not expanded after {@value #MAX_EXPANSION_DEPTH} levels (a cycle such
     * as {@code a = $b}, {@code b = $a}) or {@value #MAX_EXPANSIONS} expansions for one value, is
     * left as written and listed as unresolved.
     */
    private static String expand(String value, Map<String, Parameter> parameters, List<String> unresolved,
                                 int depth, int[] remainingExpansions) {
        Matcher matcher = EXPANSION.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1)
                    : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            Parameter parameter = parameters.get(name);
            String replacement = parameter != null ? parameter.value()
                    : name.equals("config_directory") ? DEFAULT_CONFIG_DIRECTORY : null;
            if (replacement != null && depth < MAX_EXPANSION_DEPTH && remainingExpansions[0]-- > 0) {
                replacement = expand(replacement, parameters, unresolved, depth + 1, remainingExpansions);
            } else {
                unresolved.add(name);
                replacement = matcher.group();
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** Parses "name = value" logical lines; a later setting of a name replaces an earlier one, as in Postfix. */
    private static Map<String, Parameter> parameters(String text) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        String name = null;
        StringBuilder value = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            boolean continuation = i < lines.length && !line.isBlank() && Character.isWhitespace(line.charAt(0))
                    && !line.strip().startsWith("#");
            if (continuation && name != null) {
                value.append(' ').append(line.strip());
                continue;
            }
            if (name != null) {
                parameters.put(name, new Parameter(value.toString().strip(), start));
                name = null;
            }
            int equals = line.indexOf('=');
            if (i < lines.length && !line.isBlank() && !line.strip().startsWith("#") && equals > 0) {
                name = line.substring(0, equals).strip();
                value = new StringBuilder(line.substring(equals + 1).strip());
                start = i + 1;
            }
        }
        return parameters;
    }
}
