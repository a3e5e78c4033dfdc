package io.github.smimecheck.check.verdict;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.Owner;
import io.github.smimecheck.check.ScanResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The certificates one owner is accountable for, as the evidence groups them. Entries with
 * the same accountable name form one group.
 *
 * @param accountable the accountable person or team, or null for the group of certificates without an owner
 * @param entries the owners-file entries that named this owner
 */
public record OwnerGroup(String accountable, List<Owner> entries, List<CertificateResult> certificates) {

    public OwnerGroup {
        entries = List.copyOf(entries);
        certificates = List.copyOf(certificates);
    }

    /** Returns the groups in order of first appearance, with the certificates without owner last. */
    public static List<OwnerGroup> of(ScanResult result) {
        Map<String, List<Owner>> entries = new LinkedHashMap<>();
        Map<String, List<CertificateResult>> certificates = new LinkedHashMap<>();
        List<CertificateResult> unowned = new ArrayList<>();

        for (CertificateResult certificate : result.certificates()) {
            Owner owner = certificate.owner();
            if (owner == null) {
                unowned.add(certificate);
                continue;
            }
            List<Owner> named = entries.computeIfAbsent(owner.accountable(), key -> new ArrayList<>());
            if (!named.contains(owner)) {
                named.add(owner);
            }
            certificates.computeIfAbsent(owner.accountable(), key -> new ArrayList<>()).add(certificate);
        }

        List<OwnerGroup> groups = new ArrayList<>();
        entries.forEach((accountable, named) -> groups.add(new OwnerGroup(accountable, named, certificates.get(accountable))));
        if (!unowned.isEmpty()) {
            groups.add(new OwnerGroup(null, List.of(), unowned));
        }
        return groups;
    }
}
