package io.github.smimecheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.testing.TestCertificates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RFC 5280 4.2 allows each extension once. BouncyCastle refuses to decode a certificate that
 * repeats one, so the scan reports it as an invalid certificate instead of checking it.
 */
class RepeatedExtensionTest {

    @TempDir
    Path folder;

    @Test
    void repeatedExtensionFailsScan() throws IOException {
        Files.write(folder.resolve("repeated.cer"), withFirstExtensionRepeated(TestCertificates.smime().der()));

        ScanResult result = new Scanner().scan(ScanOptions.builder().root(folder).baseDirectory(folder)
                .clock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC)).build());

        assertThat(result.problems()).extracting(problem -> problem.finding().code())
                .containsExactly("scan.certificate.invalid");
        assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    }

    /** Returns the certificate with its first extension appended again; the signature no longer matches. */
    private static byte[] withFirstExtensionRepeated(byte[] der) throws IOException {
        ASN1Sequence certificate = ASN1Sequence.getInstance(der);
        ASN1Sequence tbs = ASN1Sequence.getInstance(certificate.getObjectAt(0));
        ASN1EncodableVector fields = new ASN1EncodableVector();
        for (ASN1Encodable field : tbs) {
            if (field instanceof ASN1TaggedObject tagged && tagged.getTagNo() == 3) {
                ASN1Sequence extensions = ASN1Sequence.getInstance(tagged.getExplicitBaseObject());
                ASN1EncodableVector repeated = new ASN1EncodableVector();
                extensions.forEach(repeated::add);
                repeated.add(extensions.getObjectAt(0));
                fields.add(new DERTaggedObject(true, 3, new DERSequence(repeated)));
            } else {
                fields.add(field);
            }
        }
        return new DERSequence(new ASN1Encodable[] {new DERSequence(fields), certificate.getObjectAt(1),
            certificate.getObjectAt(2)}).getEncoded(ASN1Encoding.DER);
    }
}
