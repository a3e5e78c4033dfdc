package io.github.smimecheck.check.rules.br;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.util.encoders.Hex;

/**
 * The DER encodings of AlgorithmIdentifier that S/MIME BR 7.1.3.1 (subject public keys) and
 * 7.1.3.2 (signatures) allow, byte for byte, with a readable name for each.
 */
final class AlgorithmEncodings {

    /** Allowed subjectPublicKeyInfo algorithms (S/MIME BR 7.1.3.1, with the ML-DSA and ML-KEM keys of BR 1.0.11). */
    static final Map<String, String> PUBLIC_KEYS = Map.ofEntries(
            Map.entry("300d06092a864886f70d0101010500", "rsaEncryption"),
            Map.entry("301306072a8648ce3d020106082a8648ce3d030107", "EC P-256"),
            Map.entry("301006072a8648ce3d020106052b81040022", "EC P-384"),
            Map.entry("301006072a8648ce3d020106052b81040023", "EC P-521"),
            Map.entry("300506032b6570", "Ed25519"),
            Map.entry("300506032b6571", "Ed448"),
            Map.entry("300b0609608648016503040311", "ML-DSA-44"),
            Map.entry("300b0609608648016503040312", "ML-DSA-65"),
            Map.entry("300b0609608648016503040313", "ML-DSA-87"),
            Map.entry("300b0609608648016503040401", "ML-KEM-512"),
            Map.entry("300b0609608648016503040402", "ML-KEM-768"),
            Map.entry("300b0609608648016503040403", "ML-KEM-1024"));

    /** Allowed signature algorithms (S/MIME BR 7.1.3.2, with the ML-DSA signatures of BR 1.0.11). */
    static final Map<String, String> SIGNATURES = Map.ofEntries(
            Map.entry("300d06092a864886f70d01010b0500", "sha256WithRSAEncryption"),
            Map.entry("300d06092a864886f70d01010c0500", "sha384WithRSAEncryption"),
            Map.entry("300d06092a864886f70d01010d0500", "sha512WithRSAEncryption"),
            Map.entry("304106092a864886f70d01010a3034a00f300d06096086480165030402010500a11c301a06092a864886f70d010108"
                    + "300d06096086480165030402010500a203020120", "RSASSA-PSS SHA-256, MGF1 SHA-256, salt 32"),
            Map.entry("304106092a864886f70d01010a3034a00f300d06096086480165030402020500a11c301a06092a864886f70d010108"
                    + "300d06096086480165030402020500a203020130", "RSASSA-PSS SHA-384, MGF1 SHA-384, salt 48"),
            Map.entry("304106092a864886f70d01010a3034a00f300d06096086480165030402030500a11c301a06092a864886f70d010108"
                    + "300d06096086480165030402030500a203020140", "RSASSA-PSS SHA-512, MGF1 SHA-512, salt 64"),
            Map.entry("300a06082a8648ce3d040302", "ecdsa-with-SHA256"),
            Map.entry("300a06082a8648ce3d040303", "ecdsa-with-SHA384"),
            Map.entry("300a06082a8648ce3d040304", "ecdsa-with-SHA512"),
            Map.entry("300506032b6570", "Ed25519"),
            Map.entry("300506032b6571", "Ed448"),
            Map.entry("300b0609608648016503040311", "ML-DSA-44"),
            Map.entry("300b0609608648016503040312", "ML-DSA-65"),
            Map.entry("300b0609608648016503040313", "ML-DSA-87"));

    /**
     * The first notBefore on which ML-DSA and ML-KEM are allowed: the effective date of S/MIME BR
     * 1.0.11 (ballot SMC-13) as zlint v3 records it (CABF_SMIME_BRs_1_0_11_Date).
     */
    static final Instant POST_QUANTUM_FROM = Instant.parse("2025-08-22T00:00:00Z");

    private AlgorithmEncodings() {
    }

    /** Returns whether the allowed algorithm with this name is ML-DSA or ML-KEM. */
    static boolean isPostQuantum(String name) {
        return name.startsWith("ML-");
    }

    /**
     * Returns why an allowed algorithm is not allowed yet for a certificate issued at notBefore, or
     * null when it is: ML-DSA and ML-KEM only from {@link #POST_QUANTUM_FROM}.
     */
    static String tooEarly(String name, Instant notBefore) {
        if (isPostQuantum(name) && notBefore.isBefore(POST_QUANTUM_FROM)) {
            return name + " is allowed only in certificates issued on or after " + POST_QUANTUM_FROM
                    + " (S/MIME BR 1.0.11), but notBefore is " + notBefore;
        }
        return null;
    }

    /** Returns the DER encoding of the AlgorithmIdentifier as lower-case hex. */
    static String hex(AlgorithmIdentifier algorithm) {
        try {
            return Hex.toHexString(algorithm.getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode AlgorithmIdentifier " + algorithm.getAlgorithm(), e);
        }
    }
}
