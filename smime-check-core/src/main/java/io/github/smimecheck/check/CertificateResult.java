package io.github.smimecheck.check;

import io.github.smimecheck.check.classify.Classification;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.rules.Finding;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;

/** One inventoried certificate with its classification, locations and findings. */
public record CertificateResult(
        String sha256,
        X509CertificateHolder certificate,
        Classification classification,
        List<Location> locations,
        List<Finding> findings) {

    public CertificateResult {
        locations = List.copyOf(locations);
        findings = List.copyOf(findings);
    }

    public boolean failsBuild() {
        return findings.stream().anyMatch(Finding::failsBuild);
    }
}
