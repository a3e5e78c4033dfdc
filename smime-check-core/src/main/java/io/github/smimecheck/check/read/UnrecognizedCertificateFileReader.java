package io.github.smimecheck.check.read;

import java.util.HexFormat;

/**
 * Reports a file that is named like a certificate or keystore but that no other reader
 * accepted, such as garbage bytes in {@code mail.cer}. Without it, such a file would be skipped
 * silently and a broken deployment artifact would pass. Registered last.
 */
public final class UnrecognizedCertificateFileReader implements CertificateReader {

    private static final String[] CERTIFICATE_NAMES = {".pem", ".crt", ".cer", ".der", ".p7b", ".p7c", ".p12",
            ".pfx", ".jks", ".jceks", ".bcfks", ".keystore", ".truststore"};
    private static final int SHOWN_BYTES = 8;

    @Override
    public boolean accepts(Content content) {
        return content.nameEndsWith(CERTIFICATE_NAMES);
    }

    @Override
    public void read(Content content, ReadContext context) {
        byte[] bytes = content.bytes();
        String found = bytes.length == 0 ? "the file is empty"
                : "it starts with bytes " + HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(bytes.length, SHOWN_BYTES));
        context.problem(content.location(), ReadProblems.CONTENT_INVALID, "file is named like a certificate or"
                + " keystore but is not in a known format: " + found + " (expected PEM text, a DER certificate,"
                + " PKCS#7, PKCS#12, JKS, JCEKS or BCFKS); replace it with a valid export or remove it");
    }
}
