package io.github.smimecheck.check.report;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.rules.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Evidence;
import org.cyclonedx.model.Hash;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.crypto.AlgorithmProperties;
import org.cyclonedx.model.component.crypto.CertificateProperties;
import org.cyclonedx.model.component.crypto.CryptoProperties;
import org.cyclonedx.model.component.crypto.RelatedCryptoMaterialProperties;
import org.cyclonedx.model.component.crypto.enums.AssetType;
import org.cyclonedx.model.component.crypto.enums.Primitive;
import org.cyclonedx.model.component.crypto.enums.RelatedCryptoMaterialType;
import org.cyclonedx.model.component.evidence.Occurrence;

/**
 * The cryptographic-asset components of a CBOM: certificates first, in inventory order, then the
 * algorithms and public keys they reference, each listed once however many certificates share it.
 * Bom-refs are built from OIDs and SHA-256 digests, so they are the same in every run.
 */
final class CbomComponents {

    private static final Pattern NOT_A_FILE = Pattern.compile("(block \\d+|alias \"|key )");

    private final List<Component> certificates = new ArrayList<>();
    private final Map<String, Component> algorithms = new LinkedHashMap<>();
    private final Map<String, Component> keys = new LinkedHashMap<>();

    void addCertificate(CertificateResult result) {
        X509CertificateHolder certificate = result.certificate();
        String signatureRef = algorithm(certificate.getSignatureAlgorithm().getAlgorithm(), Primitive.SIGNATURE);
        String keyRef = publicKey(PublicKeyFacts.of(certificate.getSubjectPublicKeyInfo()));

        CertificateProperties properties = new CertificateProperties();
        properties.setSubjectName(ReportFacts.subject(result));
        properties.setIssuerName(ReportFacts.issuer(result));
        properties.setNotValidBefore(ReportFacts.notBefore(result).toString());
        properties.setNotValidAfter(ReportFacts.notAfter(result).toString());
        properties.setSignatureAlgorithmRef(signatureRef);
        properties.setSubjectPublicKeyRef(keyRef);
        properties.setCertificateFormat("X.509");
        extension(result.locations().get(0)).ifPresent(properties::setCertificateExtension);

        CryptoProperties crypto = new CryptoProperties();
        crypto.setAssetType(AssetType.CERTIFICATE);
        crypto.setCertificateProperties(properties);

        Component component = asset("crypto/certificate/sha256:" + result.sha256(), ReportFacts.subject(result), crypto);
        component.setHashes(List.of(new Hash(Hash.Algorithm.SHA_256, result.sha256())));
        component.setEvidence(occurrences(result.locations()));
        component.setProperties(certificateProperties(result));
        certificates.add(component);
    }

    List<Component> components() {
        List<Component> all = new ArrayList<>(certificates);
        all.addAll(algorithms.values());
        all.addAll(keys.values());
        return all;
    }

    private String algorithm(ASN1ObjectIdentifier oid, Primitive primitive) {
        String ref = "crypto/algorithm/" + oid.getId();
        algorithms.computeIfAbsent(ref, key -> {
            AlgorithmProperties properties = new AlgorithmProperties();
            properties.setPrimitive(primitive);
            CryptoProperties crypto = new CryptoProperties();
            crypto.setAssetType(AssetType.ALGORITHM);
            crypto.setAlgorithmProperties(properties);
            crypto.setOid(oid.getId());
            return asset(ref, PublicKeyFacts.algorithmName(oid), crypto);
        });
        return ref;
    }

    private String publicKey(PublicKeyFacts key) {
        String ref = "crypto/key/sha256:" + key.sha256();
        Primitive primitive = new ASN1ObjectIdentifier(key.algorithmOid()).equals(PKCSObjectIdentifiers.rsaEncryption)
                ? Primitive.PKE : Primitive.UNKNOWN;
        String algorithmRef = algorithm(new ASN1ObjectIdentifier(key.algorithmOid()), primitive);
        keys.computeIfAbsent(ref, unused -> {
            RelatedCryptoMaterialProperties properties = new RelatedCryptoMaterialProperties();
            properties.setType(RelatedCryptoMaterialType.PUBLIC_KEY);
            properties.setId("sha256:" + key.sha256());
            properties.setAlgorithmRef(algorithmRef);
            properties.setSize(key.bits());
            CryptoProperties crypto = new CryptoProperties();
            crypto.setAssetType(AssetType.RELATED_CRYPTO_MATERIAL);
            crypto.setRelatedCryptoMaterialProperties(properties);
            return asset(ref, key.label() + " public key", crypto);
        });
        return ref;
    }

    private static Component asset(String bomRef, String name, CryptoProperties crypto) {
        Component component = component(Component.Type.CRYPTOGRAPHIC_ASSET, bomRef, name);
        component.setCryptoProperties(crypto);
        return component;
    }

    static Component component(Component.Type type, String bomRef, String name) {
        Component component = new Component();
        component.setType(type);
        component.setBomRef(bomRef);
        component.setName(name);
        return component;
    }

    private static Evidence occurrences(List<Location> locations) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (Location location : locations) {
            Occurrence occurrence = new Occurrence();
            occurrence.setLocation(location.display());
            occurrences.add(occurrence);
        }
        Evidence evidence = new Evidence();
        evidence.setOccurrences(occurrences);
        return evidence;
    }

    private static List<Property> certificateProperties(CertificateResult result) {
        List<Property> properties = new ArrayList<>();
        properties.add(new Property("smime-check:kind", ReportFacts.kind(result)));
        properties.add(new Property("smime-check:serialNumber", result.certificate().getSerialNumber().toString(16)));
        properties.add(new Property("smime-check:outcome", CertificateOutcome.of(result).name()));
        result.ownerEntry().ifPresent(owner -> properties.add(new Property("smime-check:owner", owner.id())));
        for (Finding finding : result.findings()) {
            String covered = finding.isCovered() ? " [covered by exception " + finding.coveredBy() + "]" : "";
            properties.add(new Property("smime-check:finding",
                    finding.code() + " " + finding.severity() + covered + ": " + finding.message()));
        }
        return properties;
    }

    /**
     * Returns the file extension of the innermost file name of the location, such as {@code pem} or
     * {@code p12}, skipping steps that are no file (PEM block numbers, keystore aliases, configuration keys).
     */
    private static Optional<String> extension(Location location) {
        List<String> names = new ArrayList<>();
        names.add(location.file());
        location.steps().stream().filter(step -> !NOT_A_FILE.matcher(step).lookingAt()).forEach(names::add);
        String innermost = names.get(names.size() - 1);
        String leaf = innermost.substring(Math.max(innermost.lastIndexOf('/'), innermost.lastIndexOf('\\')) + 1);

        int dot = leaf.lastIndexOf('.');
        if (dot <= 0 || dot == leaf.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(leaf.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
