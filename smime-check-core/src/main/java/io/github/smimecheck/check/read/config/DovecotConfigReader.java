package io.github.smimecheck.check.read.config;

import io.github.smimecheck.check.read.CertificateReader;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.ReadContext;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Dovecot configuration files ({@code dovecot.conf}, {@code conf.d/10-ssl.conf}) and follows
 * the certificate files of {@code ssl_cert}, {@code ssl_alt_cert} and {@code ssl_ca} (Dovecot 2.3,
 * where {@code <} before the path means "read this file") and of {@code ssl_client_ca_file},
 * {@code ssl_server_cert_file}, {@code ssl_server_ca_file} and {@code ssl_client_cert_file}
 * (Dovecot 2.4). Lines whose first non-blank character is {@code #} are comments. A path below
 * {@code /etc/dovecot} is also tried relative to the Dovecot configuration folder.
 */
public final class DovecotConfigReader implements CertificateReader {

    private static final Pattern SETTING = Pattern.compile(
            "(?m)^[ \\t]*(ssl_cert|ssl_alt_cert|ssl_ca|ssl_client_ca_file|ssl_server_cert_file|ssl_server_ca_file"
                    + "|ssl_client_cert_file)[ \\t]*=[ \\t]*(.*?)[ \\t]*$");
    private static final List<String> NESTED_FOLDERS = List.of("conf.d");

    /** Accepts {@code .conf} and {@code .ext} files that set one of the settings. */
    @Override
    public boolean accepts(Content content) {
        return content.nameEndsWith(".conf", ".ext") && ConfigText.isSmallText(content)
                && SETTING.matcher(ConfigText.blankCommentLines(content.text())).find();
    }

    @Override
    public void read(Content content, ReadContext context) {
        String text = ConfigText.blankCommentLines(content.text());
        ReferenceFollower follower = new ReferenceFollower(content, context);
        Matcher matcher = SETTING.matcher(text);
        while (matcher.find()) {
            String raw = unquote(matcher.group(2));
            if (raw.isEmpty()) {
                continue;
            }
            String path = raw.startsWith("<") ? raw.substring(1).strip() : raw;
            if (path.isEmpty()) {
                continue;
            }
            ConfigValue value = new ConfigValue(matcher.group(1), raw, path, List.of(),
                    ConfigText.lineOf(text, matcher.start(1)));
            follower.certificate(value, ConfigText.serverCandidates(path, "/etc/dovecot", content.location(),
                    NESTED_FOLDERS));
        }
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
