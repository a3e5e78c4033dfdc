package io.github.smimecheck.check.read.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML from a scanned artifact with every feature that lets a file reach outside itself
 * switched off. A DOCTYPE is rejected, which also rules out entity expansion such as "billion
 * laughs". External entities, external DTDs and schemas are not loaded, and XInclude is off.
 */
final class SecureXml {

    private SecureXml() {
    }

    static Document parse(byte[] bytes) throws ConfigSyntaxException {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new RaisingErrorHandler());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " is not loaded");
            });
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new ConfigSyntaxException(Math.max(e.getLineNumber(), 0), e.getMessage());
        } catch (SAXException | IOException e) {
            throw new ConfigSyntaxException(0, e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser does not support secure processing", e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }

    /** Turns warnings and errors into exceptions instead of printing them to standard error. */
    private static final class RaisingErrorHandler implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) {
            // warnings do not stop parsing and are not findings
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
