package io.github.smimecheck.benchmarks;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.classify.ValidationType;
import io.github.smimecheck.check.testing.TestCertificates;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/** The certificate mix of the benchmarks: valid certificates of every type, with a defect in every fourth. */
final class MixedCertificates {

    private static final PrivateKey ISSUER = TestCertificates.smime().keyPair().getPrivate();

    private MixedCertificates() {
    }

    static List<SmimeType> types() {
        List<SmimeType> types = new ArrayList<>();
        for (ValidationType validationType : ValidationType.values()) {
            for (Generation generation : Generation.values()) {
                types.add(new SmimeType(validationType, generation));
            }
        }
        return types;
    }

    static TestCertificates certificate(SmimeType type, String keyType, int index) {
        TestCertificates builder = TestCertificates.smime().key(keyType).policies(type.policyOid())
                .signedBy(ISSUER).signatureAlgorithm("SHA256withRSA");
        if (type.generation() == Generation.LEGACY) {
            Instant notBefore = Instant.parse("2025-01-01T00:00:00Z");
            builder.validity(notBefore, notBefore.plusSeconds(700L * 86_400));
        }
        switch (index % 16) {
            case 3 -> builder.crlUris();
            case 7 -> builder.signatureAlgorithm("SHA1withRSA");
            case 11 -> builder.extendedKeyUsage(KeyPurposeId.id_kp_emailProtection, KeyPurposeId.id_kp_serverAuth);
            case 15 -> builder.ocspUris("http://ocsp.corp.local");
            default -> {
            }
        }
        return builder;
    }
}
