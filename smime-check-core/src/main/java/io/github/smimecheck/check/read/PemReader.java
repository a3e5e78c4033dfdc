package io.github.smimecheck.check.read;

import io.github.smimecheck.check.inventory.Location;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * Reads PEM files and trust bundles: {@code CERTIFICATE}, {@code X509 CERTIFICATE} and OpenSSL
 * {@code TRUSTED CERTIFICATE} blocks, plus {@code PKCS7} and {@code CMS} blocks, which are passed
 * on as nested DER content. Text between blocks (comments, OpenSSL "Bag Attributes"), CRLF or CR
 * line ends, indented lines and a UTF-8 byte order mark are accepted. Each block is decoded on its
 * own, so one damaged block is reported and the others are still read. Private key blocks are
 * skipped unread.
 */
public final class PemReader implements CertificateReader {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----");

    @Override
    public boolean accepts(Content content) {
        return content.looksLikeText() && content.text().contains("-----BEGIN ");
    }

    @Override
    public void read(Content content, ReadContext context) {
        String text = content.text();
        Matcher matcher = BLOCK.matcher(text);
        int number = 0;
        int end = 0;
        while (matcher.find()) {
            number++;
            readBlock(matcher.group(1), matcher.group(), content.location().block(number), context);
            end = matcher.end();
        }

        Matcher unterminated = BEGIN.matcher(text).region(end, text.length());
        if (unterminated.find()) {
            context.problem(content.location().block(number + 1), ReadProblems.CONTENT_INVALID, "PEM block '"
                    + unterminated.group(1) + "' has no matching END line, so the file looks truncated; re-export it");
        }
    }

    private static void readBlock(String type, String block, Location location, ReadContext context) {
        if (!isCertificateType(type) && !isPkcs7Type(type)) {
            return;
        }

        byte[] der;
        // Lines may be indented, as in a YAML block scalar that no configuration reader takes.
        String unindented = block.replace("\r", "\n").replaceAll("(?m)^[ \t]+", "");
        try (org.bouncycastle.util.io.pem.PemReader reader =
                     new org.bouncycastle.util.io.pem.PemReader(new StringReader(unindented))) {
            PemObject object = reader.readPemObject();
            der = object.getContent();
        } catch (IOException | RuntimeException e) {
            context.problem(location, ReadProblems.CONTENT_INVALID, "PEM block '" + type + "' has invalid Base64: "
                    + e.getMessage() + "; re-export the certificate");
            return;
        }

        if (isPkcs7Type(type)) {
            context.nested(new Content(location, der));
        } else if ("TRUSTED CERTIFICATE".equals(type)) {
            context.certificate(firstElement(der, location, context), location);
        } else {
            context.certificate(der, location);
        }
    }

    /** Returns the certificate of an OpenSSL trusted certificate, which is followed by trust settings. */
    private static byte[] firstElement(byte[] der, Location location, ReadContext context) {
        try (ASN1InputStream input = new ASN1InputStream(der)) {
            ASN1Primitive certificate = input.readObject();
            return certificate == null ? der : certificate.getEncoded();
        } catch (IOException | RuntimeException e) {
            return der;
        }
    }

    private static boolean isCertificateType(String type) {
        return type.equals("CERTIFICATE") || type.equals("X509 CERTIFICATE") || type.equals("TRUSTED CERTIFICATE");
    }

    private static boolean isPkcs7Type(String type) {
        return type.equals("PKCS7") || type.equals("CMS") || type.equals("PKCS #7 SIGNED DATA");
    }
}
