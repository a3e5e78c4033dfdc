package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.qualified.QCStatement;

/**
 * qcStatements may be present but must not be critical (S/MIME BR 7.1.2.3 k), and its content
 * must decode: a QcEuPDS statement (ETSI EN 319 412-5, 0.4.0.1862.1.5) contains a sequence of
 * (url IA5String, language PrintableString of two letters) pairs.
 */
public final class QcStatementsRule extends SmimeProfileRule {

    private static final String SECTION = "S/MIME BR 7.1.2.3 k";
    static final ASN1ObjectIdentifier QC_EU_PDS = new ASN1ObjectIdentifier("0.4.0.1862.1.5");

    public static final FindingCode CRITICAL = FindingCode.error("smbr.qc_statements.critical", SECTION,
            "The qcStatements extension is marked critical.");
    public static final FindingCode INVALID_ENCODING = FindingCode.error("smbr.qc_statements.invalid_encoding",
            "ETSI EN 319 412-5", "A qcStatement does not decode as its type requires.");

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(CRITICAL, INVALID_ENCODING);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Extension extension = certificate.extension(Extension.qCStatements);
        if (extension == null) {
            return;
        }
        if (extension.isCritical()) {
            findings.report(CRITICAL, "qcStatements is critical; expected non-critical; reissue the certificate");
        }

        String problem = firstEncodingProblem(certificate.extensionValue(Extension.qCStatements));
        if (problem != null) {
            findings.report(INVALID_ENCODING, "qcStatements is invalid: " + problem + "; reissue the certificate with"
                    + " correctly encoded statements");
        }
    }

    private static String firstEncodingProblem(ASN1Encodable value) {
        ASN1Sequence statements;
        try {
            statements = ASN1Sequence.getInstance(value);
        } catch (IllegalArgumentException e) {
            return "the extension value is not a SEQUENCE of QCStatement";
        }
        for (ASN1Encodable element : statements) {
            QCStatement statement = QCStatement.getInstance(element);
            if (QC_EU_PDS.equals(statement.getStatementId()) && !isValidPdsList(statement.getStatementInfo())) {
                return "QcEuPDS (" + QC_EU_PDS + ") is not a sequence of (IA5String URL, two-letter PrintableString"
                        + " language)";
            }
        }
        return null;
    }

    private static boolean isValidPdsList(ASN1Encodable info) {
        if (!(info instanceof ASN1Sequence locations) || locations.size() == 0) {
            return false;
        }
        for (ASN1Encodable location : locations) {
            if (!(location instanceof ASN1Sequence pair) || pair.size() != 2
                    || !(pair.getObjectAt(0) instanceof org.bouncycastle.asn1.ASN1IA5String)
                    || !(pair.getObjectAt(1) instanceof org.bouncycastle.asn1.ASN1PrintableString language)
                    || ((ASN1String) language).getString().length() != 2) {
                return false;
            }
        }
        return true;
    }
}
