package io.github.smimecheck.check.testing;

import io.github.smimecheck.check.classify.SmimeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.io.ByteArrayOutputStream;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.OtherName;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds real certificates for tests with BouncyCastle. The defaults give a valid strict
 * mailbox-validated S/MIME certificate: RSA 2048, SHA-256, emailProtection, rfc822Name, reserved
 * policy OID 2.23.140.1.5.1.3, one year from 2026-01-01. It also has subject and authority key
 * identifiers, an HTTP CRL distribution point and HTTP caIssuers and OCSP locations. Each setter
 * changes one aspect, and an extension added with {@link #extension} replaces a default one with
 * the same OID. The authority key identifier is the signing key's subject key identifier when
 * {@link #signedBy} or {@link #issuedBy} gives a cached test key, else a SHA-1 of the issuer name.
 * Key pairs are cached per key type, because RSA key generation is slow.
 */
public final class TestCertificates {

    public static final Instant DEFAULT_NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
    public static final String STRICT_MAILBOX_OID = "2.23.140.1.5.1.3";

    private static final Map<String, KeyPair> KEY_PAIRS = new ConcurrentHashMap<>();
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private String subject = "CN=alice@example.com";
    private X500Name subjectName;
    private String issuer = "CN=Example S/MIME Issuing CA,O=Example,C=DE";
    private BigInteger serial = new BigInteger("7a3c55e1d2f00b41a9", 16);
    private Instant notBefore = DEFAULT_NOT_BEFORE;
    private Instant notAfter = DEFAULT_NOT_BEFORE.plus(365, ChronoUnit.DAYS).minusSeconds(1);
    private String keyType = "RSA:2048";
    private String signatureAlgorithm;
    private final List<String> emails = new ArrayList<>(List.of("alice@example.com"));
    private final List<KeyPurposeId> extendedKeyUsages = new ArrayList<>(List.of(KeyPurposeId.id_kp_emailProtection));
    private final List<String> policyOids = new ArrayList<>(List.of(STRICT_MAILBOX_OID));
    private final List<Extension> extraExtensions = new ArrayList<>();
    private final List<GeneralName> otherSubjectAltNames = new ArrayList<>();
    private boolean subjectAltNameCritical;
    private Integer keyUsage = KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
    private boolean keyUsageSet;
    private final java.util.Set<ASN1ObjectIdentifier> removedExtensions = new java.util.HashSet<>();
    private final List<String> crlUris = new ArrayList<>(List.of("http://crl.example.com/issuing-ca.crl"));
    private final List<String> caIssuersUris = new ArrayList<>(List.of("http://ca.example.com/issuing-ca.cer"));
    private final List<String> ocspUris = new ArrayList<>(List.of("http://ocsp.example.com"));
    private boolean ca;
    private SubjectPublicKeyInfo publicKeyInfo;
    private java.security.spec.AlgorithmParameterSpec signatureParameters;
    private org.bouncycastle.asn1.x509.Time notBeforeTime;
    private org.bouncycastle.asn1.x509.Time notAfterTime;
    private PrivateKey signingKey;

    public static TestCertificates smime() {
        return new TestCertificates();
    }

    /** Starts a self-signed CA certificate: basicConstraints cA=true, keyCertSign and cRLSign. */
    public static TestCertificates ca(String name) {
        TestCertificates builder = new TestCertificates().subject(name).issuer(name).noEmails().noExtendedKeyUsage()
                .noPolicies();
        builder.ca = true;
        builder.keyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign);
        return builder;
    }

    /** Starts a TLS server certificate with serverAuth and a DNS name and no S/MIME marks. */
    public static TestCertificates tlsServer(String dnsName) {
        TestCertificates builder = new TestCertificates().subject("CN=" + dnsName).noEmails().noPolicies()
                .extendedKeyUsage(KeyPurposeId.id_kp_serverAuth);
        builder.extraExtensions.add(encode(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName))));
        return builder;
    }

    public TestCertificates subject(String name) {
        this.subject = name;
        return this;
    }

    /** Sets the subject as a built name, for attribute types and encodings the string form cannot express. */
    public TestCertificates subject(X500Name name) {
        this.subjectName = name;
        return this;
    }

    /** Adds subjectAltName entries after the rfc822Names of {@link #emails}. */
    public TestCertificates subjectAltNames(GeneralName... names) {
        otherSubjectAltNames.addAll(List.of(names));
        return this;
    }

    public TestCertificates subjectAltNameCritical(boolean critical) {
        this.subjectAltNameCritical = critical;
        return this;
    }

    /** Sets the reserved policy OID of an S/MIME type written as {@code ORGANIZATION/STRICT}. */
    public TestCertificates type(String smimeType) {
        return policies(SmimeType.parse(smimeType).policyOid());
    }

    /** Returns an otherName of type id-on-SmtpUTF8Mailbox holding the address as UTF8String. */
    public static GeneralName smtpUtf8Mailbox(String address) {
        return otherName("1.3.6.1.5.5.7.8.9", new DERUTF8String(address));
    }

    public static GeneralName otherName(String typeOid, ASN1Encodable value) {
        return new GeneralName(GeneralName.otherName, new OtherName(new ASN1ObjectIdentifier(typeOid), value));
    }

    public static GeneralName directoryName(X500Name name) {
        return new GeneralName(name);
    }

    public TestCertificates issuer(String name) {
        this.issuer = name;
        return this;
    }

    public TestCertificates serial(BigInteger value) {
        this.serial = value;
        return this;
    }

    public TestCertificates validity(Instant from, Instant to) {
        this.notBefore = from;
        this.notAfter = to;
        return this;
    }

    /** Key type as {@code RSA:bits}, {@code EC:curve} (such as {@code EC:secp256r1}) or {@code Ed25519}. */
    public TestCertificates key(String type) {
        this.keyType = type;
        return this;
    }

    /** JCA signature algorithm name such as {@code SHA1withRSA}; the default suits the key. */
    public TestCertificates signatureAlgorithm(String name) {
        this.signatureAlgorithm = name;
        return this;
    }

    /** Signature parameters such as a {@code PSSParameterSpec}, for algorithms that take them. */
    public TestCertificates signatureParameters(java.security.spec.AlgorithmParameterSpec parameters) {
        this.signatureParameters = parameters;
        return this;
    }

    /** Sets notBefore and notAfter with their exact ASN.1 time types, for time-encoding tests. */
    public TestCertificates validityTimes(org.bouncycastle.asn1.x509.Time from, org.bouncycastle.asn1.x509.Time to) {
        this.notBeforeTime = from;
        this.notAfterTime = to;
        return this;
    }

    public TestCertificates emails(String... addresses) {
        emails.clear();
        emails.addAll(List.of(addresses));
        return this;
    }

    public TestCertificates noEmails() {
        emails.clear();
        return this;
    }

    public TestCertificates extendedKeyUsage(KeyPurposeId... purposes) {
        extendedKeyUsages.clear();
        extendedKeyUsages.addAll(List.of(purposes));
        return this;
    }

    public TestCertificates noExtendedKeyUsage() {
        extendedKeyUsages.clear();
        return this;
    }

    public TestCertificates policies(String... oids) {
        policyOids.clear();
        policyOids.addAll(List.of(oids));
        return this;
    }

    public TestCertificates noPolicies() {
        policyOids.clear();
        return this;
    }

    /** Sets the keyUsage bits (BouncyCastle {@link KeyUsage} constants), or null for no extension. */
    public TestCertificates keyUsage(Integer bits) {
        this.keyUsage = bits;
        this.keyUsageSet = true;
        return this;
    }

    /** Sets the cRLDistributionPoints URIs, one distribution point each; none removes the extension. */
    public TestCertificates crlUris(String... uris) {
        crlUris.clear();
        crlUris.addAll(List.of(uris));
        return this;
    }

    /** Sets the authorityInformationAccess caIssuers URIs; with no OCSP URIs either, the extension goes. */
    public TestCertificates caIssuersUris(String... uris) {
        caIssuersUris.clear();
        caIssuersUris.addAll(List.of(uris));
        return this;
    }

    /** Sets the authorityInformationAccess OCSP URIs. */
    public TestCertificates ocspUris(String... uris) {
        ocspUris.clear();
        ocspUris.addAll(List.of(uris));
        return this;
    }

    /** Adds an extension whose value is the given bytes, valid DER or not, replacing one with the same OID. */
    public TestCertificates rawExtension(ASN1ObjectIdentifier oid, boolean critical, byte[] value) {
        extraExtensions.removeIf(extension -> extension.getExtnId().equals(oid));
        extraExtensions.add(new Extension(oid, critical, value));
        return this;
    }

    /** Leaves out the extension with this OID, whether a default or one set earlier. */
    public TestCertificates withoutExtension(ASN1ObjectIdentifier oid) {
        removedExtensions.add(oid);
        extraExtensions.removeIf(extension -> extension.getExtnId().equals(oid));
        return this;
    }

    public TestCertificates extension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        extraExtensions.removeIf(extension -> extension.getExtnId().equals(oid));
        extraExtensions.add(encode(oid, critical, value));
        return this;
    }

    /** Puts this subjectPublicKeyInfo into the certificate instead of the key pair's public key. */
    public TestCertificates publicKeyInfo(SubjectPublicKeyInfo info) {
        this.publicKeyInfo = info;
        return this;
    }

    /** Signs with this key instead of the certificate's own key (self-signed by default). */
    public TestCertificates signedBy(PrivateKey key) {
        this.signingKey = key;
        return this;
    }

    /**
     * Names the CA that {@code ca} builds as the issuer and signs with its key pair, so the CA
     * certificate verifies this one and its subjectKeyIdentifier equals this authorityKeyIdentifier.
     */
    public TestCertificates issuedBy(TestCertificates ca) {
        this.issuer = ca.subjectName != null ? ca.subjectName.toString() : ca.subject;
        return signedBy(ca.keyPair().getPrivate());
    }

    /** Returns the SHA-256 of the certificate's DER SubjectPublicKeyInfo in lower-case hexadecimal. */
    public String spkiSha256() {
        try {
            byte[] spki = build().getSubjectPublicKeyInfo().getEncoded(ASN1Encoding.DER);
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(spki));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    public KeyPair keyPair() {
        return KEY_PAIRS.computeIfAbsent(keyType, TestCertificates::generate);
    }

    public X509CertificateHolder build() {
        try {
            KeyPair pair = keyPair();
            org.bouncycastle.asn1.x509.Time from = notBeforeTime != null ? notBeforeTime
                    : new org.bouncycastle.asn1.x509.Time(Date.from(notBefore));
            org.bouncycastle.asn1.x509.Time to = notAfterTime != null ? notAfterTime
                    : new org.bouncycastle.asn1.x509.Time(Date.from(notAfter));
            SubjectPublicKeyInfo key = publicKeyInfo != null ? publicKeyInfo
                    : SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded());
            X509v3CertificateBuilder builder = new X509v3CertificateBuilder(new X500Name(issuer), serial, from, to,
                    subjectName != null ? subjectName : new X500Name(subject), key);
            addExtensions(builder, pair.getPublic());
            PrivateKey signer = signingKey != null ? signingKey : pair.getPrivate();
            String algorithm = signatureAlgorithm != null ? signatureAlgorithm : defaultSignature(signer);
            JcaContentSignerBuilder signerBuilder = signatureParameters != null
                    ? new JcaContentSignerBuilder(algorithm, signatureParameters) : new JcaContentSignerBuilder(algorithm);
            return builder.build(signerBuilder.setProvider(PROVIDER).build(signer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] der() {
        try {
            return build().getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the certificate as a JDK certificate, for keystores. */
    public X509Certificate x509() {
        return toX509(der());
    }

    public String pem() {
        return toPem(der());
    }

    public static X509Certificate toX509(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String toPem(byte[] der) {
        String base64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
    }

    /**
     * Returns this certificate's DER with the extension {@code oid} listed twice, re-signed. RFC 5280
     * forbids that, and BouncyCastle's certificate builder does not let it happen.
     */
    public byte[] derWithDuplicateExtension(ASN1ObjectIdentifier oid) {
        X509CertificateHolder holder = build();
        ASN1Sequence tbs = ASN1Sequence.getInstance(holder.toASN1Structure().getTBSCertificate());
        ASN1EncodableVector fields = new ASN1EncodableVector();
        for (ASN1Encodable field : tbs) {
            if (field instanceof ASN1TaggedObject tagged && tagged.getTagNo() == 3) {
                ASN1Sequence extensions = ASN1Sequence.getInstance(tagged.getExplicitBaseObject());
                ASN1EncodableVector doubled = new ASN1EncodableVector();
                extensions.forEach(doubled::add);
                doubled.add(holder.getExtension(oid));
                field = new DERTaggedObject(true, 3, new DERSequence(doubled));
            }
            fields.add(field);
        }
        return resign(holder, encode(new DERSequence(fields)));
    }

    /**
     * Returns this certificate's DER with its serial number INTEGER padded with a leading zero byte,
     * re-signed. DER requires the minimal encoding, so strict parsers reject it. The serial must
     * be shorter than 127 bytes and its first byte below 0x80.
     */
    public byte[] derWithZeroPaddedSerial() {
        X509CertificateHolder holder = build();
        ASN1Sequence tbs = ASN1Sequence.getInstance(holder.toASN1Structure().getTBSCertificate());
        ByteArrayOutputStream fields = new ByteArrayOutputStream();
        for (ASN1Encodable field : tbs) {
            byte[] der = encode(field);
            if (field instanceof ASN1Integer) {
                byte[] padded = new byte[der.length + 1];
                padded[0] = der[0];
                padded[1] = (byte) (der[1] + 1);
                System.arraycopy(der, 2, padded, 3, der.length - 2);
                der = padded;
            }
            fields.writeBytes(der);
        }
        return resign(holder, derSequence(fields.toByteArray()));
    }

    private byte[] resign(X509CertificateHolder holder, byte[] tbs) {
        try {
            PrivateKey signer = signingKey != null ? signingKey : keyPair().getPrivate();
            java.security.Signature signature = java.security.Signature.getInstance(
                    signatureAlgorithm != null ? signatureAlgorithm : defaultSignature(signer), PROVIDER);
            signature.initSign(signer);
            signature.update(tbs);
            ByteArrayOutputStream certificate = new ByteArrayOutputStream();
            certificate.writeBytes(tbs);
            certificate.writeBytes(encode(holder.getSignatureAlgorithm()));
            certificate.writeBytes(encode(new DERBitString(signature.sign())));
            return derSequence(certificate.toByteArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encode(ASN1Encodable value) {
        try {
            return value.toASN1Primitive().getEncoded("DER");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wraps already-encoded fields in a DER SEQUENCE header, leaving the fields' bytes untouched. */
    private static byte[] derSequence(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x30);
        if (content.length < 128) {
            out.write(content.length);
        } else {
            byte[] length = BigInteger.valueOf(content.length).toByteArray();
            int skip = length[0] == 0 ? 1 : 0;
            out.write(0x80 | (length.length - skip));
            out.write(length, skip, length.length - skip);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    /** Returns a certificates-only PKCS#7 SignedData bundle (DER) holding the given DER certificates. */
    public static byte[] pkcs7(byte[]... certificates) {
        try {
            org.bouncycastle.cms.CMSSignedDataGenerator generator = new org.bouncycastle.cms.CMSSignedDataGenerator();
            for (byte[] der : certificates) {
                generator.addCertificate(new X509CertificateHolder(der));
            }
            return generator.generate(new org.bouncycastle.cms.CMSAbsentContent(), false).getEncoded("DER");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.bouncycastle.cms.CMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private void addExtensions(X509v3CertificateBuilder builder, PublicKey publicKey) throws IOException {
        List<Extension> extensions = new ArrayList<>();
        if (ca) {
            extensions.add(encode(Extension.basicConstraints, true, new BasicConstraints(true)));
        }
        if (!keyUsageSet) {
            extensions.add(encode(Extension.keyUsage, true, new KeyUsage(defaultKeyUsage(publicKey))));
        } else if (keyUsage != null) {
            extensions.add(encode(Extension.keyUsage, true, new KeyUsage(keyUsage)));
        }
        if (!extendedKeyUsages.isEmpty()) {
            extensions.add(encode(Extension.extendedKeyUsage, false,
                    new ExtendedKeyUsage(extendedKeyUsages.toArray(new KeyPurposeId[0]))));
        }
        List<GeneralName> names = new ArrayList<>();
        emails.forEach(email -> names.add(new GeneralName(GeneralName.rfc822Name, email)));
        names.addAll(otherSubjectAltNames);
        if (!names.isEmpty()) {
            extensions.add(encode(Extension.subjectAlternativeName, subjectAltNameCritical,
                    new GeneralNames(names.toArray(GeneralName[]::new))));
        }
        if (!policyOids.isEmpty()) {
            PolicyInformation[] policies = policyOids.stream()
                    .map(oid -> new PolicyInformation(new ASN1ObjectIdentifier(oid)))
                    .toArray(PolicyInformation[]::new);
            extensions.add(encode(Extension.certificatePolicies, false, new CertificatePolicies(policies)));
        }
        extensions.addAll(locatorExtensions(publicKey));

        for (Extension extension : extensions) {
            boolean replaced = extraExtensions.stream().anyMatch(extra -> extra.getExtnId().equals(extension.getExtnId()));
            if (!replaced && !removedExtensions.contains(extension.getExtnId())) {
                builder.addExtension(extension);
            }
        }
        for (Extension extension : extraExtensions) {
            builder.addExtension(extension);
        }
    }

    /**
     * Returns the authority key identifier: the subject key identifier of the signing key when it is
     * a cached test key (so keystores can link the chain), else a SHA-1 of the issuer name.
     */
    private byte[] issuerKeyIdentifier(JcaX509ExtensionUtils utils, PublicKey ownKey) throws GeneralSecurityException, IOException {
        PublicKey issuerKey = signingKey == null ? ownKey : KEY_PAIRS.values().stream()
                .filter(pair -> pair.getPrivate().equals(signingKey)).map(KeyPair::getPublic).findFirst().orElse(null);
        if (issuerKey != null) {
            return utils.createSubjectKeyIdentifier(issuerKey).getKeyIdentifier();
        }
        return java.security.MessageDigest.getInstance("SHA-1").digest(new X500Name(issuer).getEncoded());
    }

    /** Returns the key identifier, CRL distribution point and authority information access extensions. */
    private List<Extension> locatorExtensions(PublicKey publicKey) {
        List<Extension> extensions = new ArrayList<>();
        byte[] issuerKeyId;
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            extensions.add(encode(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(publicKey)));
            issuerKeyId = issuerKeyIdentifier(utils, publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        extensions.add(encode(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(issuerKeyId)));
        if (!crlUris.isEmpty()) {
            DistributionPoint[] points = crlUris.stream().map(uri -> new DistributionPoint(new DistributionPointName(
                    new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, uri))), null, null))
                    .toArray(DistributionPoint[]::new);
            extensions.add(encode(Extension.cRLDistributionPoints, false, new CRLDistPoint(points)));
        }
        List<AccessDescription> access = new ArrayList<>();
        caIssuersUris.forEach(uri -> access.add(new AccessDescription(AccessDescription.id_ad_caIssuers,
                new GeneralName(GeneralName.uniformResourceIdentifier, uri))));
        ocspUris.forEach(uri -> access.add(new AccessDescription(AccessDescription.id_ad_ocsp,
                new GeneralName(GeneralName.uniformResourceIdentifier, uri))));
        if (!access.isEmpty()) {
            extensions.add(encode(Extension.authorityInfoAccess, false,
                    new AuthorityInformationAccess(access.toArray(new AccessDescription[0]))));
        }
        return extensions;
    }

    /** Returns keyUsage bits that suit the key type: signing for EC, EdDSA and ML-DSA, dual use for RSA. */
    private static int defaultKeyUsage(PublicKey key) {
        String algorithm = key.getAlgorithm();
        if (algorithm.equals("RSA")) {
            return KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
        }
        if (algorithm.startsWith("ML-KEM")) {
            return KeyUsage.keyEncipherment;
        }
        return KeyUsage.digitalSignature;
    }

    private static Extension encode(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        try {
            return new Extension(oid, critical, value.toASN1Primitive().getEncoded("DER"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String defaultSignature(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> key.getAlgorithm();
        };
    }

    private static KeyPair generate(String type) {
        try {
            String[] parts = type.split(":");
            KeyPairGenerator generator;
            switch (parts[0]) {
                case "RSA" -> {
                    generator = KeyPairGenerator.getInstance("RSA", PROVIDER);
                    generator.initialize(new RSAKeyGenParameterSpec(Integer.parseInt(parts[1]), RSAKeyGenParameterSpec.F4),
                            new SecureRandom());
                }
                case "EC" -> {
                    generator = KeyPairGenerator.getInstance("EC", PROVIDER);
                    generator.initialize(new ECGenParameterSpec(parts[1]));
                }
                default -> generator = KeyPairGenerator.getInstance(parts[0], PROVIDER);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot generate a test key of type " + type, e);
        }
    }

    /**
     * Writes a keystore of the given JDK type ({@code PKCS12}, {@code JKS}) holding each
     * certificate as a trusted certificate entry under the aliases {@code cert1}, {@code cert2}, ...
     */
    public static byte[] keystore(String type, char[] password, X509Certificate... certificates) {
        try {
            java.security.KeyStore keystore = java.security.KeyStore.getInstance(type);
            keystore.load(null, null);
            for (int i = 0; i < certificates.length; i++) {
                keystore.setCertificateEntry("cert" + (i + 1), certificates[i]);
            }
            java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
            keystore.store(output, password);
            return output.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write a " + type + " test keystore", e);
        }
    }

    /** Returns the public key of a cached test key pair, for tests that compare SPKI digests. */
    public static PublicKey publicKey(String type) {
        return KEY_PAIRS.computeIfAbsent(type, TestCertificates::generate).getPublic();
    }
}
