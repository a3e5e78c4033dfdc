package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.Rule;

/** Base of the Baseline Requirements rules: they apply to S/MIME subscriber certificates only. */
abstract class SmimeRule implements Rule {

    @Override
    public boolean appliesTo(CertificateUnderTest certificate) {
        return certificate.classification().isSmime();
    }

    /**
     * Returns the generation of the certificate's type, or legacy, the most permissive generation,
     * when the type is unknown (another rule reports the unknown type).
     */
    static Generation generationOrLegacy(CertificateUnderTest certificate) {
        return certificate.smimeType().map(type -> type.generation()).orElse(Generation.LEGACY);
    }

    static String generationName(Generation generation) {
        return generation.name().toLowerCase(java.util.Locale.ROOT);
    }
}
