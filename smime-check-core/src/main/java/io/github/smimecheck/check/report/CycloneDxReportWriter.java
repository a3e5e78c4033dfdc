package io.github.smimecheck.check.report;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.ConfigurationFile;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.ScannedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.metadata.ToolInformation;

/**
 * Writes {@code smime-check-cbom.json}, a CycloneDX 1.6 cryptography bill of materials: every
 * certificate as a {@code cryptographic-asset} with its signature algorithm and public key as
 * referenced components, and every scanned input and configuration file as a {@code file}
 * component with its SHA-256. Serial number and bom-refs derive from content, never from chance.
 */
public final class CycloneDxReportWriter implements ReportWriter {

    public static final Version SPEC_VERSION = Version.VERSION_16;

    @Override
    public Path write(ScanResult result, Path outputDirectory) throws IOException {
        return AtomicFiles.write(outputDirectory.resolve(ReportFormat.CYCLONEDX.fileName()), render(result));
    }

    public byte[] render(ScanResult result) throws IOException {
        try {
            String json = BomGeneratorFactory.createJson(SPEC_VERSION, toBom(result)).toJsonString();
            return (json.replace("\r\n", "\n") + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (GeneratorException e) {
            throw new IOException("could not write the CycloneDX report: " + e.getMessage(), e);
        }
    }

    public Bom toBom(ScanResult result) {
        Bom bom = new Bom();
        bom.setSerialNumber("urn:uuid:" + ResultDigest.nameBasedUuid("urn:smime-check:scan:" + ResultDigest.of(result)));
        bom.setVersion(1);
        bom.setMetadata(metadata(result));

        CbomComponents crypto = new CbomComponents();
        result.certificates().forEach(crypto::addCertificate);
        List<Component> components = new ArrayList<>(crypto.components());
        result.inputs().forEach(input -> components.add(file(input)));
        result.configuration().forEach(file -> components.add(configuration(file)));
        bom.setComponents(components);
        return bom;
    }

    private static Metadata metadata(ScanResult result) {
        Metadata metadata = new Metadata();
        metadata.setTimestamp(Date.from(result.clockInstant()));

        Component tool = CbomComponents.component(Component.Type.APPLICATION, "tool:smime-check", "smime-check");
        tool.setVersion(result.toolVersion());
        ToolInformation tools = new ToolInformation();
        tools.setComponents(List.of(tool));
        metadata.setToolChoice(tools);

        List<Property> properties = new ArrayList<>();
        properties.add(new Property("smime-check:clock", result.clockInstant().toString()));
        properties.add(new Property("smime-check:asOf", result.asOf().toString()));
        properties.add(new Property("smime-check:outcome", result.outcome().name()));
        properties.add(new Property("smime-check:failingFindings", Long.toString(result.failingFindingCount())));
        properties.add(new Property("smime-check:resultSha256", ResultDigest.of(result)));
        metadata.setProperties(properties);
        return metadata;
    }

    private static Component file(ScannedFile input) {
        Component component = fileComponent("file:" + input.path(), input.path(), input.sha256());
        component.setProperties(List.of(new Property("smime-check:role", "input"),
                new Property("smime-check:size", Long.toString(input.size()))));
        return component;
    }

    private static Component configuration(ConfigurationFile file) {
        Component component = fileComponent("configuration:" + file.role() + ":" + file.path(), file.path(),
                file.sha256());
        component.setProperties(List.of(new Property("smime-check:role", file.role())));
        return component;
    }

    private static Component fileComponent(String bomRef, String name, String sha256) {
        Component component = CbomComponents.component(Component.Type.FILE, bomRef, name);
        component.setHashes(List.of(new Hash(Hash.Algorithm.SHA_256, sha256)));
        return component;
    }
}
