package io.github.smimecheck.check.rules.br;

import java.util.Map;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * Names of common extended key usage purposes for messages, such as {@code clientAuth
 * (1.3.6.1.5.5.7.3.2)}. A name is the ASN.1 name of the OID without its {@code id-kp-} prefix.
 */
final class KeyPurposeNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("1.3.6.1.5.5.7.3.1", "serverAuth"),
            Map.entry("1.3.6.1.5.5.7.3.2", "clientAuth"),
            Map.entry("1.3.6.1.5.5.7.3.3", "codeSigning"),
            Map.entry("1.3.6.1.5.5.7.3.4", "emailProtection"),
            Map.entry("1.3.6.1.5.5.7.3.5", "ipsecEndSystem"),
            Map.entry("1.3.6.1.5.5.7.3.6", "ipsecTunnel"),
            Map.entry("1.3.6.1.5.5.7.3.7", "ipsecUser"),
            Map.entry("1.3.6.1.5.5.7.3.8", "timeStamping"),
            Map.entry("1.3.6.1.5.5.7.3.9", "OCSPSigning"),
            Map.entry("1.3.6.1.5.5.7.3.17", "ipsecIKE"),
            Map.entry("1.3.6.1.5.5.7.3.36", "documentSigning"),
            Map.entry("1.3.6.1.4.1.311.20.2.2", "smartcardLogon"),
            Map.entry("2.5.29.37.0", "anyExtendedKeyUsage"));

    private KeyPurposeNames() {
    }

    /** Returns the purpose's name with its OID in brackets, or only the OID for a purpose without a known name. */
    static String describe(KeyPurposeId purpose) {
        String oid = purpose.getId();
        String name = NAMES.get(oid);
        return name == null ? oid : name + " (" + oid + ")";
    }
}
