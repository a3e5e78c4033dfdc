package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reports a relative distinguished name that contains more than one attribute, in the subject or
 * in a directoryName. RFC 5280 and the S/MIME BR allow such names, so the finding is information
 * only, matching the notice pkilint 0.13.3 gives for them.
 */
public final class MultiValuedRdnRule extends NameRule {

    public static final FindingCode MULTI_VALUED = FindingCode.info("smbr.subject.multi_valued_rdn",
            "S/MIME BR 7.1.4.2", "A relative distinguished name contains more than one attribute.");

    @Override
    public List<FindingCode> codes() {
        return List.of(MULTI_VALUED);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        for (DistinguishedName name : NamesUnderTest.all(certificate)) {
            for (List<NameAttribute> rdn : name.multiValuedRdns()) {
                String attributes = rdn.stream().map(NameAttribute::display).collect(Collectors.joining(" + "));
                findings.report(MULTI_VALUED, name.label() + " has the multi-valued RDN " + attributes + "; expected"
                        + " one attribute per RDN; issue future certificates with separate RDNs");
            }
        }
    }
}
