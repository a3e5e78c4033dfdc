package io.github.smimecheck.check.read;

import io.github.smimecheck.check.inventory.Location;
import java.io.IOException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1SequenceParser;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1StreamParser;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;

/**
 * Reads PKCS#7 / CMS SignedData certificate bundles ({@code .p7b}, {@code .p7c}, and the DER of PEM
 * {@code PKCS7} blocks), DER or BER. Each element of the certificates set is passed on as its own
 * certificate, so one damaged element is reported and the others are still read. Attribute
 * certificates and other certificate formats in the set are skipped, and so are CRLs.
 */
public final class Pkcs7Reader implements CertificateReader {

    @Override
    public boolean accepts(Content content) {
        return isSignedData(content.bytes());
    }

    @Override
    public void read(Content content, ReadContext context) {
        ASN1Set certificates;
        try {
            CMSSignedData bundle = new CMSSignedData(content.bytes());
            certificates = SignedData.getInstance(bundle.toASN1Structure().getContent()).getCertificates();
        } catch (CMSException | RuntimeException e) {
            context.problem(content.location(), ReadProblems.CONTENT_INVALID, "PKCS#7 SignedData could not be"
                    + " parsed (" + ReadProblems.reason(e) + "); re-export the certificate bundle");
            return;
        }

        if (certificates == null) {
            return;
        }
        int number = 0;
        for (ASN1Encodable element : certificates) {
            number++;
            readElement(element, content.location().certificate(number), context);
        }
    }

    private static void readElement(ASN1Encodable element, Location location, ReadContext context) {
        if (!(element instanceof ASN1Sequence)) {
            return;
        }
        try {
            context.certificate(element.toASN1Primitive().getEncoded(), location);
        } catch (IOException e) {
            context.problem(location, ReadProblems.CERTIFICATE_INVALID, "certificate in the PKCS#7 bundle could"
                    + " not be encoded (" + ReadProblems.reason(e) + "); re-export the certificate bundle");
        }
    }

    /** Returns whether the bytes start like a CMS ContentInfo whose content type is signedData. */
    static boolean isSignedData(byte[] bytes) {
        if (bytes.length < 16 || bytes[0] != 0x30) {
            return false;
        }
        try {
            ASN1Encodable outer = new ASN1StreamParser(bytes).readObject();
            if (!(outer instanceof ASN1SequenceParser contentInfo)) {
                return false;
            }
            return CMSObjectIdentifiers.signedData.equals(contentInfo.readObject());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
