package io.github.smimecheck.check.read;

/**
 * Reads a single DER-encoded certificate ({@code .cer}, {@code .crt}, {@code .der}). The bytes must
 * start like an X.509 Certificate: a SEQUENCE whose first element is the tbsCertificate SEQUENCE.
 */
public final class DerCertificateReader implements CertificateReader {

    @Override
    public boolean accepts(Content content) {
        byte[] bytes = content.bytes();
        if (bytes.length < 8 || bytes[0] != 0x30) {
            return false;
        }
        int offset = 1 + lengthOctets(bytes[1]);
        boolean tbsSequence = offset < bytes.length && bytes[offset] == 0x30;
        int tbsOffset = offset + 1 + (offset + 1 < bytes.length ? lengthOctets(bytes[offset + 1]) : 0);
        boolean versionOrSerial = tbsOffset < bytes.length
                && ((bytes[tbsOffset] & 0xff) == 0xa0 || bytes[tbsOffset] == 0x02);
        return tbsSequence && versionOrSerial;
    }

    @Override
    public void read(Content content, ReadContext context) {
        context.certificate(content.bytes(), content.location());
    }

    /** Returns how many bytes a DER length occupies, given its first byte. */
    static int lengthOctets(byte first) {
        return (first & 0x80) == 0 ? 1 : 1 + (first & 0x7f);
    }
}
