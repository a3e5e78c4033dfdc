package io.github.smimecheck.check.policy;

import io.github.smimecheck.check.Owner;
import java.util.Objects;

/**
 * One entry of the owners file: the certificates it selects and their owner.
 *
 * @param source where the entry is written, such as {@code owners.yaml:8}
 */
public record OwnerEntry(CertificateMatcher matcher, Owner owner, String source) {

    public OwnerEntry {
        Objects.requireNonNull(matcher, "matcher");
        Objects.requireNonNull(owner, "owner");
    }
}
