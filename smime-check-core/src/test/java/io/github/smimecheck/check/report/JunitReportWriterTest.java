package io.github.smimecheck.check.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smimecheck.check.ScanResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class JunitReportWriterTest {

    @TempDir
    Path folder;

    @Test
    void sampleReportMatchesJenkinsSchema() throws Exception {
        validateAgainstJenkinsSchema(new JunitReportWriter().render(SampleResults.full()));
    }

    @Test
    void realScanReportMatchesJenkinsSchema() throws Exception {
        validateAgainstJenkinsSchema(new JunitReportWriter().render(RealScans.mixed(folder)));
    }

    @Test
    void emptyReportMatchesJenkinsSchema() throws Exception {
        validateAgainstJenkinsSchema(new JunitReportWriter().render(SampleResults.empty()));
    }

    @Test
    void jenkinsSchemaRejectsUnknownAttribute() {
        byte[] invalid = "<testsuites skipped=\"1\"/>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> validateAgainstJenkinsSchema(invalid)).isInstanceOf(SAXException.class);
    }

    @Test
    void suiteCountsMatchCases() throws Exception {
        Element suite = suite(SampleResults.full());

        assertThat(suite.getAttribute("tests")).isEqualTo("7");
        assertThat(suite.getAttribute("failures")).isEqualTo("3");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        assertThat(suite.getElementsByTagName("testcase").getLength()).isEqualTo(7);
        assertThat(suite.getElementsByTagName("failure").getLength()).isEqualTo(3);
        assertThat(suite.getElementsByTagName("skipped").getLength()).isEqualTo(1);
    }

    @Test
    void rootCountsMatchSuite() throws Exception {
        Element root = parse(new JunitReportWriter().render(SampleResults.full())).getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("7");
        assertThat(root.getAttribute("failures")).isEqualTo("3");
        assertThat(root.hasAttribute("skipped")).isFalse();
    }

    @Test
    void certificateCaseNamedBySubjectAndDigest() throws Exception {
        ScanResult result = SampleResults.full();
        Element testCase = testCase(suite(result), 0);

        String shortDigest = result.certificates().get(0).sha256().substring(0, 12);
        assertThat(testCase.getAttribute("name")).isEqualTo(
                result.certificates().get(0).certificate().getSubject() + " (" + shortDigest + ")");
        assertThat(testCase.getAttribute("classname")).isEqualTo("app.war");
    }

    @Test
    void failingFindingIsFailure() throws Exception {
        Element failure = (Element) testCase(suite(SampleResults.full()), 0).getElementsByTagName("failure").item(0);

        assertThat(failure.getAttribute("type")).isEqualTo("smbr.key.rsa_modulus_invalid_length");
        assertThat(failure.getTextContent()).contains("RSA modulus is 1024 bits");
    }

    @Test
    void acceptedCertificateIsSkippedWithJustification() throws Exception {
        Element testCase = testCase(suite(SampleResults.full()), 1);

        assertThat(testCase.getElementsByTagName("skipped").getLength()).isEqualTo(1);
        assertThat(testCase.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("Accepted by exception EX-2026-01: legacy archive decryption only");
    }

    @Test
    void warningGoesToSystemOut() throws Exception {
        Element testCase = testCase(suite(SampleResults.full()), 2);

        assertThat(testCase.getElementsByTagName("failure").getLength()).isZero();
        assertThat(testCase.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("WARNING: policy.expiry.soon");
    }

    @Test
    void unreadableContentIsCase() throws Exception {
        Element testCase = testCase(suite(SampleResults.full()), 4);

        assertThat(testCase.getAttribute("name")).isEqualTo("unreadable: app.war > WEB-INF/keys/store.p12");
        assertThat(testCase.getElementsByTagName("failure").getLength()).isEqualTo(1);
    }

    @Test
    void propertiesCarryProvenance() throws Exception {
        NodeList properties = suite(SampleResults.full()).getElementsByTagName("property");

        assertThat(value(properties, "asOf")).isEqualTo("2026-06-01T00:00:00Z");
        assertThat(value(properties, "clock")).isEqualTo("2026-06-01T08:30:00Z");
        assertThat(value(properties, "toolVersion")).isEqualTo("9.9.9-test");
        assertThat(value(properties, "input:app.war")).isEqualTo("sha256:" + "a".repeat(64));
        assertThat(value(properties, "policy:smime-policy.yaml")).isEqualTo("sha256:" + "c".repeat(64));
    }

    @Test
    void realScanCountsMatch() throws Exception {
        ScanResult result = RealScans.mixed(folder);
        Element suite = suite(result);

        int expectedCases = result.certificates().size() + result.problems().size();
        assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(expectedCases));
        assertThat(suite.getElementsByTagName("failure").getLength())
                .isEqualTo(Integer.parseInt(suite.getAttribute("failures")));
        assertThat(Integer.parseInt(suite.getAttribute("failures"))).isPositive();
    }

    @Test
    void controlCharactersAreReplaced() {
        assertThat(XmlText.clean("a\u0000b\u0007c")).isEqualTo("a\uFFFDb\uFFFDc");
    }

    private static Element suite(ScanResult result) throws Exception {
        Document document = parse(new JunitReportWriter().render(result));
        return (Element) document.getElementsByTagName("testsuite").item(0);
    }

    private static Element testCase(Element suite, int index) {
        return (Element) suite.getElementsByTagName("testcase").item(index);
    }

    private static String value(NodeList properties, String name) {
        for (int i = 0; i < properties.getLength(); i++) {
            Element property = (Element) properties.item(i);
            if (property.getAttribute("name").equals(name)) {
                return property.getAttribute("value");
            }
        }
        throw new AssertionError("no property " + name);
    }

    /** Validates against the JUnit schema of the Jenkins xUnit plugin; throws SAXException when invalid. */
    private static void validateAgainstJenkinsSchema(byte[] xml) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Schema schema = factory.newSchema(JunitReportWriterTest.class.getResource("/junit/junit-10.xsd"));
        Validator validator = schema.newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /** Parses with DTDs and external entities disabled, as a CI server should. */
    private static Document parse(byte[] xml) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(xml));
    }
}
