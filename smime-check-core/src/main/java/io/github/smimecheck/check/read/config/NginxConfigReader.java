package io.github.smimecheck.check.read.config;

import io.github.smimecheck.check.read.CertificateReader;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.ReadContext;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads nginx configuration files and follows the certificate files of {@code ssl_certificate},
 * {@code ssl_trusted_certificate}, {@code ssl_client_certificate} and their {@code proxy_},
 * {@code grpc_} and {@code uwsgi_} variants. Private keys ({@code ssl_certificate_key}) are not
 * read. Comments ({@code #} to the end of the line) are ignored.
 *
 * <p>A relative path is tried next to the configuration file and, for files in folders such as
 * {@code conf.d}, one folder up, where nginx's configuration prefix is. A path below
 * {@code /etc/nginx} is also tried relative to that prefix. A path with an nginx variable is
 * reported, because it is only known at run time; {@code data:} values with inline PEM are read.
 */
public final class NginxConfigReader implements CertificateReader {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "(?<![\\w$])((?:proxy_|grpc_|uwsgi_)?ssl_(?:certificate|trusted_certificate|client_certificate))"
                    + "\\s+(\"[^\"]*\"|'[^']*'|[^\\s;]+)\\s*;");
    private static final List<String> NESTED_FOLDERS = List.of(
            "conf.d", "sites-enabled", "sites-available", "http.d", "stream.d", "snippets");

    /**
     * Accepts files that use one of the directives and are named like nginx configuration: a
     * {@code .conf} or {@code .conf.template} file, or any file below a folder whose name
     * contains {@code nginx} or starts with {@code sites-}, except documentation files
     * ({@code .md}, {@code .txt}, {@code .adoc}, {@code .rst}, {@code .html}). The name check
     * keeps documentation that quotes nginx directives from being read as configuration.
     */
    @Override
    public boolean accepts(Content content) {
        String path = ConfigText.pathInContainer(content.location()).toLowerCase(java.util.Locale.ROOT);
        boolean nginxName = content.nameEndsWith(".conf", ".conf.template") || path.contains("nginx")
                || path.contains("/sites-") || path.startsWith("sites-");
        boolean documentation = content.nameEndsWith(".md", ".txt", ".adoc", ".rst", ".html");
        return nginxName && !documentation && ConfigText.isSmallText(content) && DIRECTIVE.matcher(withoutComments(content.text())).find();
    }

    @Override
    public void read(Content content, ReadContext context) {
        String text = withoutComments(content.text());
        ReferenceFollower follower = new ReferenceFollower(content, context);
        Matcher matcher = DIRECTIVE.matcher(text);
        while (matcher.find()) {
            String raw = unquote(matcher.group(2));
            ConfigValue value = ConfigValue.literal(matcher.group(1), raw, ConfigText.lineOf(text, matcher.start()));
            if (raw.startsWith("data:") && raw.contains("-----BEGIN ")) {
                follower.certificate(ConfigValue.literal(value.key(), raw.substring("data:".length()), value.line()),
                        List.of());
            } else if (raw.contains("$")) {
                follower.runtimeOnly(value, "nginx variables");
            } else {
                follower.certificate(value, ConfigText.serverCandidates(raw, "/etc/nginx", content.location(),
                        NESTED_FOLDERS));
            }
        }
    }

    /** Blanks {@code #} comments outside quotes, keeping every offset so lines can still be counted. */
    private static String withoutComments(String text) {
        StringBuilder result = new StringBuilder(text);
        char quote = 0;
        boolean comment = false;
        for (int i = 0; i < result.length(); i++) {
            char character = result.charAt(i);
            if (character == '\n') {
                comment = false;
                quote = 0;
            } else if (comment) {
                result.setCharAt(i, ' ');
            } else if (quote != 0) {
                quote = character == quote ? 0 : quote;
            } else if (character == '"' || character == '\'') {
                quote = character;
            } else if (character == '#') {
                comment = true;
                result.setCharAt(i, ' ');
            }
        }
        return result.toString();
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))
                && value.endsWith(value.substring(0, 1));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
