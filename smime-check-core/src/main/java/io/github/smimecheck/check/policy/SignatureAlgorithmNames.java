package io.github.smimecheck.check.policy;

import java.util.Locale;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * Gives signature algorithms one comparable name: the upper-case JCA name, such as
 * {@code SHA256WITHRSA}. RSASSA-PSS is named after its hash, {@code SHA256WITHRSAANDMGF1},
 * because one OID covers every PSS hash.
 */
public final class SignatureAlgorithmNames {

    private static final DefaultAlgorithmNameFinder NAMES = new DefaultAlgorithmNameFinder();
    private static final DefaultSignatureAlgorithmIdentifierFinder IDENTIFIERS =
            new DefaultSignatureAlgorithmIdentifierFinder();

    private SignatureAlgorithmNames() {
    }

    /** Returns the comparable name of a certificate's signature algorithm; unknown OIDs give the dotted OID. */
    public static String of(AlgorithmIdentifier algorithm) {
        if (PKCSObjectIdentifiers.id_RSASSA_PSS.equals(algorithm.getAlgorithm()) && algorithm.getParameters() != null) {
            RSASSAPSSparams parameters = RSASSAPSSparams.getInstance(algorithm.getParameters());
            String hash = NAMES.getAlgorithmName(parameters.getHashAlgorithm()).replace("-", "");
            return (hash + "WITHRSAANDMGF1").toUpperCase(Locale.ROOT);
        }
        return NAMES.getAlgorithmName(algorithm).toUpperCase(Locale.ROOT);
    }

    /**
     * Returns the comparable name of a configured JCA name such as {@code SHA256withECDSA}.
     *
     * @throws IllegalArgumentException when BouncyCastle does not know the name
     */
    public static String parse(String configured) {
        AlgorithmIdentifier identifier = IDENTIFIERS.find(configured.trim());
        return of(identifier);
    }
}
