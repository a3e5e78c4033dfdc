package io.github.smimecheck.check.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.classify.ValidationType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMParser;

/**
 * One certificate of the pkilint corpus: its PEM file, the type it is linted as and the reference
 * findings from its {@code .expected.json}.
 */
record CorpusCase(String name, Path pem, SmimeType type, List<ReferenceFinding> findings) {

    /** A reference finding: pkilint's code and severity (FATAL, ERROR, WARNING, NOTICE or INFO). */
    record ReferenceFinding(String code, String severity) {

        boolean isFailure() {
            return severity.equals("ERROR") || severity.equals("FATAL");
        }

        boolean isCompared() {
            return isFailure() || severity.equals("WARNING");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "pkilint__";

    static CorpusCase load(Path pem) {
        String fileName = pem.getFileName().toString();
        String stem = fileName.substring(0, fileName.length() - ".pem".length());
        Path expected = pem.resolveSibling(stem + ".expected.json");
        try {
            JsonNode root = JSON.readTree(expected.toFile());
            SmimeType type = new SmimeType(ValidationType.valueOf(root.get("validation_type").asText()),
                    Generation.valueOf(root.get("generation").asText()));
            List<ReferenceFinding> findings = new ArrayList<>();
            for (JsonNode finding : root.get("findings")) {
                findings.add(new ReferenceFinding(finding.get("code").asText(), finding.get("severity").asText()));
            }
            String name = stem.startsWith(PREFIX) ? stem.substring(PREFIX.length()) : stem;
            return new CorpusCase(name, pem, type, findings);
        } catch (IOException e) {
            throw new UncheckedIOException("failed to read " + expected, e);
        }
    }

    /** Returns the certificate, or throws when BouncyCastle cannot parse the PEM block. */
    X509CertificateHolder certificate() throws IOException {
        try (Reader reader = Files.newBufferedReader(pem, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(reader)) {
            Object object = parser.readObject();
            if (!(object instanceof X509CertificateHolder holder)) {
                throw new IOException(pem + " contains " + object + ", expected a CERTIFICATE block");
            }
            return holder;
        }
    }
}
