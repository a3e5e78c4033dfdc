package io.github.smimecheck.check.rules.br;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.rules.RuleRegistry;
import io.github.smimecheck.check.testing.TestCertificates;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The checks every Baseline Requirements rule test inherits: the rule is registered, is silent on
 * a clean certificate of every type, and neither throws nor reports undeclared codes on malformed
 * extensions and public keys.
 */
abstract class RuleContractTest {

    /** Extension OIDs whose values the malformed-input check replaces with wrongly typed content. */
    private static final List<ASN1ObjectIdentifier> DECODED_EXTENSIONS = List.of(Extension.keyUsage,
            Extension.extendedKeyUsage, Extension.basicConstraints, Extension.authorityKeyIdentifier,
            Extension.subjectKeyIdentifier, Extension.certificatePolicies, Extension.cRLDistributionPoints,
            Extension.authorityInfoAccess, Extension.qCStatements, Extension.subjectDirectoryAttributes,
            Extension.subjectAlternativeName,
            LeiExtensionsRule.LEI, LeiExtensionsRule.LEI_ROLE, AdobeExtensionsRule.TIMESTAMP,
            AdobeExtensionsRule.ARCHIVE_REV_INFO, PKCSObjectIdentifiers.pkcs_9_at_smimeCapabilities);

    /** Key types of the clean certificates; each signs its own certificate with its default algorithm. */
    private static final List<String> CLEAN_KEY_TYPES = List.of("RSA:2048", "EC:secp256r1", "Ed25519");

    abstract Rule rule();

    /** Returns a certificate of the type that the rule must accept without findings. */
    TestCertificates clean(SmimeType type) {
        return RuleHarness.clean(type);
    }

    @Test
    void ruleIsRegistered() {
        assertThat(RuleRegistry.allRules()).extracting(rule -> rule.getClass().getName())
                .as("RuleRegistry.allRules()").contains(rule().getClass().getName());
    }

    @Test
    void ruleDeclaresCodes() {
        assertThat(rule().codes()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> silentOnCleanCertificate() {
        return RuleHarness.allTypes().stream().flatMap(type -> CLEAN_KEY_TYPES.stream().map(keyType ->
                DynamicTest.dynamicTest(type + " " + keyType, () -> {
                    X509CertificateHolder certificate = clean(type).key(keyType).build();
                    assertThat(RuleHarness.codes(rule(), certificate, type))
                            .as("findings on a clean " + type + " certificate with a " + keyType + " key").isEmpty();
                })));
    }

    @TestFactory
    Stream<DynamicTest> neverThrowsOnMalformedInput() {
        return malformedCertificates().stream().map(malformed -> DynamicTest.dynamicTest(malformed.name(), () ->
                assertThatCode(() -> RuleHarness.codes(rule(), malformed.certificate(), RuleHarness.type("MAILBOX/STRICT")))
                        .doesNotThrowAnyException()));
    }

    record Malformed(String name, X509CertificateHolder certificate) {
    }

    static List<Malformed> malformedCertificates() {
        List<Malformed> cases = new ArrayList<>();
        for (ASN1ObjectIdentifier oid : DECODED_EXTENSIONS) {
            cases.add(new Malformed(oid + " as UTF8String", TestCertificates.smime()
                    .extension(oid, false, new DERUTF8String("not the expected type")).build()));
            cases.add(new Malformed(oid + " as empty SEQUENCE", TestCertificates.smime()
                    .extension(oid, false, new DERSequence()).build()));
            cases.add(new Malformed(oid + " as NULL", TestCertificates.smime()
                    .extension(oid, false, DERNull.INSTANCE).build()));
            cases.add(new Malformed(oid + " as truncated DER", TestCertificates.smime()
                    .rawExtension(oid, false, new byte[] {0x30, 0x05, 0x01}).build()));
        }
        cases.add(new Malformed("RSA key with garbage bits", TestCertificates.smime().publicKeyInfo(
                new SubjectPublicKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                        new byte[] {1, 2, 3})).build()));
        cases.add(new Malformed("P-256 key with an invalid point", TestCertificates.smime().publicKeyInfo(
                new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                        SECObjectIdentifiers.secp256r1), new byte[] {4, 1, 2, 3})).build()));
        cases.add(new Malformed("EC key with explicit octet string parameters", TestCertificates.smime().publicKeyInfo(
                new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                        new DEROctetString(new byte[] {1})), new DERBitString(new byte[] {4}).getBytes())).build()));
        return cases;
    }
}
