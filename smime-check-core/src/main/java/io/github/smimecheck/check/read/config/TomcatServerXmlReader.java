package io.github.smimecheck.check.read.config;

import io.github.smimecheck.check.read.CertificateReader;
import io.github.smimecheck.check.read.Content;
import io.github.smimecheck.check.read.ReadContext;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads Tomcat {@code server.xml} and follows the keystore and PEM files its TLS settings name:
 * {@code Connector} keystoreFile and truststoreFile (and the OpenSSL-style SSLCertificateFile,
 * SSLCertificateChainFile, SSLCACertificateFile), {@code SSLHostConfig} truststoreFile and
 * caCertificateFile, {@code Certificate} certificateKeystoreFile, certificateFile and
 * certificateChainFile, with their password and type attributes.
 *
 * <p>As in Tomcat, a relative path is relative to {@code CATALINA_BASE}, which is taken to be the
 * parent of the {@code conf} folder holding {@code server.xml}. {@code ${catalina.base}} and
 * {@code ${catalina.home}} stand for that folder; other {@code ${name:-default}} placeholders,
 * including {@code ${env.NAME}}, are resolved from the environment and named secrets. A
 * keystore without a password attribute is opened with Tomcat's default password
 * {@code changeit}.
 */
public final class TomcatServerXmlReader implements CertificateReader {

    private static final String TOMCAT_DEFAULT_PASSWORD = "changeit";

    /**
     * One attribute that names a file, with the attributes that give its password and type.
     * Tomcat spells the truststore password {@code truststorePass} on a Connector and
     * {@code truststorePassword} on an SSLHostConfig, so both are tried.
     */
    private record FileAttribute(String name, boolean keystore, List<String> passwords, String type) {
    }

    private static final List<FileAttribute> FILE_ATTRIBUTES = List.of(
            new FileAttribute("keystoreFile", true, List.of("keystorePass"), "keystoreType"),
            new FileAttribute("truststoreFile", true, List.of("truststorePass", "truststorePassword"), "truststoreType"),
            new FileAttribute("certificateKeystoreFile", true, List.of("certificateKeystorePassword"),
                    "certificateKeystoreType"),
            new FileAttribute("certificateFile", false, List.of(), null),
            new FileAttribute("certificateChainFile", false, List.of(), null),
            new FileAttribute("caCertificateFile", false, List.of(), null),
            new FileAttribute("SSLCertificateFile", false, List.of(), null),
            new FileAttribute("SSLCertificateChainFile", false, List.of(), null),
            new FileAttribute("SSLCACertificateFile", false, List.of(), null));

    @Override
    public boolean accepts(Content content) {
        if (!ConfigText.isSmallText(content)) {
            return false;
        }
        if (content.name().equals("server.xml")) {
            return true;
        }
        String text = content.text();
        return text.contains("<Server") && text.contains("<Service");
    }

    @Override
    public void read(Content content, ReadContext context) {
        Document document;
        try {
            document = SecureXml.parse(content.bytes());
        } catch (ConfigSyntaxException e) {
            ConfigText.reportInvalid(content, context, "Tomcat server.xml", e);
            return;
        }
        if (!document.getDocumentElement().getTagName().equals("Server")) {
            return;
        }

        String configPath = ConfigText.pathInContainer(content.location());
        String catalinaBase = configPath.matches("(.*/)?conf/[^/]*") ? ".." : ".";
        Placeholders placeholders = new Placeholders(":-", name -> lookup(name, catalinaBase, context));
        ReferenceFollower follower = new ReferenceFollower(content, context);
        NodeList elements = document.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            readElement((Element) elements.item(i), catalinaBase, placeholders, follower);
        }
    }

    private static void readElement(Element element, String catalinaBase, Placeholders placeholders,
                                    ReferenceFollower follower) {
        for (FileAttribute attribute : FILE_ATTRIBUTES) {
            if (!element.hasAttribute(attribute.name()) || element.getAttribute(attribute.name()).isBlank()) {
                continue;
            }
            ConfigValue file = value(element, attribute.name(), placeholders);
            List<String> candidates = candidates(file.resolved().trim(), catalinaBase);
            if (!attribute.keystore()) {
                follower.certificate(file, candidates);
                continue;
            }
            ConfigValue password = password(element, attribute, placeholders);
            ConfigValue type = element.hasAttribute(attribute.type()) ? value(element, attribute.type(), placeholders)
                    : null;
            follower.keystore(file, candidates, password, type);
        }
    }

    private static ConfigValue password(Element element, FileAttribute attribute, Placeholders placeholders) {
        for (String name : attribute.passwords()) {
            if (element.hasAttribute(name)) {
                return value(element, name, placeholders);
            }
        }
        String defaultKey = elementPath(element) + "/@" + attribute.passwords().get(0);
        return ConfigValue.literal(defaultKey, TOMCAT_DEFAULT_PASSWORD, 0);
    }

    private static ConfigValue value(Element element, String attribute, Placeholders placeholders) {
        return ConfigValue.resolved(elementPath(element) + "/@" + attribute, element.getAttribute(attribute),
                placeholders, 0);
    }

    private static List<String> candidates(String path, String catalinaBase) {
        if (ReferenceFollower.isAbsolute(path) || catalinaBase.equals(".") || path.startsWith("../")) {
            return List.of(path);
        }
        return List.of(catalinaBase + "/" + path, path);
    }

    private static Optional<String> lookup(String name, String catalinaBase, ReadContext context) {
        if (name.equals("catalina.base") || name.equals("catalina.home")) {
            return Optional.of(catalinaBase);
        }
        String variable = name.startsWith("env.") ? name.substring("env.".length()) : name;
        return context.variables().lookup(variable);
    }

    /** Returns an XPath-like name such as {@code Connector[@port='8443']/SSLHostConfig/Certificate[@type='RSA']}. */
    private static String elementPath(Element element) {
        StringBuilder path = new StringBuilder();
        for (Node node = element; node instanceof Element current && !isContainer(current);
                node = node.getParentNode()) {
            String step = current.getTagName() + identifier(current);
            path.insert(0, path.length() == 0 ? step : step + "/");
        }
        return path.toString();
    }

    private static boolean isContainer(Element element) {
        return switch (element.getTagName()) {
            case "Server", "Service", "Engine", "Host" -> true;
            default -> false;
        };
    }

    private static String identifier(Element element) {
        for (String attribute : List.of("port", "hostName", "type")) {
            if (element.hasAttribute(attribute)) {
                return "[@" + attribute + "='" + element.getAttribute(attribute) + "']";
            }
        }
        return "";
    }
}
