package io.github.smimecheck.check.classify;

import java.util.Objects;
import java.util.Optional;

/**
 * The category of a certificate and, for S/MIME certificates, its type and where the type came
 * from ("reserved policy OID", "private policy OID 1.3.6.1.4.1.x mapped by the policy", or empty
 * when no type could be determined).
 */
public record Classification(Category category, SmimeType smimeType, String typeSource) {

    public Classification {
        Objects.requireNonNull(category, "category");
        typeSource = typeSource == null ? "" : typeSource;
    }

    public static Classification of(Category category) {
        return new Classification(category, null, "");
    }

    public Optional<SmimeType> type() {
        return Optional.ofNullable(smimeType);
    }

    public boolean isSmime() {
        return category == Category.SMIME;
    }
}
