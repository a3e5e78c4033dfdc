package io.github.smimecheck.check.report;

import io.github.smimecheck.check.ConfigurationFile;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.ScannedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code smime-check-junit.xml} in the JUnit XML layout that Jenkins' {@code junit} step
 * and GitLab's test reports read: one test suite, one test case per certificate, unreadable item
 * and exception with a finding. Failing findings are failures; a certificate whose errors are all
 * covered by exceptions is skipped; warnings and covered findings go to {@code system-out}.
 */
public final class JunitReportWriter implements ReportWriter {

    public static final String SUITE_NAME = "smime-check";

    /** JUnit timestamps have no zone; the value is UTC. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Override
    public Path write(ScanResult result, Path outputDirectory) throws IOException {
        return AtomicFiles.write(outputDirectory.resolve(ReportFormat.JUNIT.fileName()), render(result));
    }

    public byte[] render(ScanResult result) throws IOException {
        List<JunitTestCase> cases = JunitTestCases.of(result);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            counts(xml, cases);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            counts(xml, cases);
            xml.writeAttribute("skipped", Long.toString(cases.stream().filter(JunitTestCase::isSkipped).count()));
            xml.writeAttribute("timestamp", TIMESTAMP.format(result.clockInstant().truncatedTo(ChronoUnit.SECONDS)));
            properties(xml, result);
            for (JunitTestCase testCase : cases) {
                testCase(xml, testCase);
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the JUnit report: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** Writes the counts that both {@code testsuites} and {@code testsuite} carry; only the suite has {@code skipped}. */
    private static void counts(XMLStreamWriter xml, List<JunitTestCase> cases) throws XMLStreamException {
        xml.writeAttribute("name", SUITE_NAME);
        xml.writeAttribute("tests", Integer.toString(cases.size()));
        xml.writeAttribute("failures", Long.toString(cases.stream().filter(JunitTestCase::failed).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("time", "0");
    }

    /** Writes the provenance: tool version, clock, as-of, outcome and the SHA-256 of every input. */
    private static void properties(XMLStreamWriter xml, ScanResult result) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        property(xml, "toolVersion", result.toolVersion());
        property(xml, "clock", result.clockInstant().toString());
        property(xml, "asOf", result.asOf().toString());
        property(xml, "outcome", result.outcome().name());
        property(xml, "resultSha256", ResultDigest.of(result));
        for (ScannedFile input : result.inputs()) {
            property(xml, "input:" + input.path(), "sha256:" + input.sha256());
        }
        for (ConfigurationFile file : result.configuration()) {
            property(xml, file.role() + ":" + file.path(), "sha256:" + file.sha256());
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", XmlText.clean(name));
        xml.writeAttribute("value", XmlText.clean(value));
    }

    private static void testCase(XMLStreamWriter xml, JunitTestCase testCase) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", XmlText.clean(testCase.name()));
        xml.writeAttribute("classname", XmlText.clean(testCase.className()));
        xml.writeAttribute("time", "0");
        if (testCase.failed()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", XmlText.clean(testCase.failureMessage()));
            xml.writeAttribute("type", XmlText.clean(testCase.failureType()));
            xml.writeCharacters(XmlText.clean(testCase.failure()));
            xml.writeEndElement();
        } else if (testCase.skipped() != null) {
            xml.writeCharacters("\n      ");
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", XmlText.clean(testCase.skipped()));
        }
        if (!testCase.output().isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(XmlText.clean(String.join("\n", testCase.output())));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }
}
