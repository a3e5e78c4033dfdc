package io.github.smimecheck.check;

import io.github.smimecheck.check.classify.Classification;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.rules.Finding;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * One inventoried certificate with its classification, locations, findings and owner (null when
 * no owners-file entry matched).
 */
public record CertificateResult(
        String sha256,
        X509CertificateHolder certificate,
        Classification classification,
        List<Location> locations,
        List<Finding> findings,
        Owner owner) {

    public CertificateResult {
        locations = List.copyOf(locations);
        findings = List.copyOf(findings);
    }

    public CertificateResult(String sha256, X509CertificateHolder certificate, Classification classification,
                             List<Location> locations, List<Finding> findings) {
        this(sha256, certificate, classification, locations, findings, null);
    }

    public Optional<Owner> ownerEntry() {
        return Optional.ofNullable(owner);
    }

    public CertificateResult withFindings(List<Finding> replaced, Owner matchedOwner) {
        return new CertificateResult(sha256, certificate, classification, locations, replaced, matchedOwner);
    }

    public boolean failsBuild() {
        return findings.stream().anyMatch(Finding::failsBuild);
    }
}
