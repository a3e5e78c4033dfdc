package io.github.smimecheck.check.policy;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.classify.ValidationType;
import io.github.smimecheck.check.rules.RuleRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * Reads a policy file and lays it over the embedded default policy: a key the file leaves out
 * keeps its default. Every value is checked, and the first invalid one becomes a
 * {@link PolicyFileException} naming the file, the line and the fix.
 */
public final class PolicyReader {

    /** The embedded default policy, a resource next to this class. */
    static final String DEFAULT_RESOURCE = "default-policy.yaml";

    /** Name of the embedded default policy in the evidence. */
    public static final String DEFAULT_NAME = "embedded:" + DEFAULT_RESOURCE;

    private PolicyReader() {
    }

    /** Reads the policy file at {@code path}, laid over the embedded default. */
    public static Policy read(Path path) throws PolicyFileException {
        return read(YamlFile.read(path, "smime.policy"));
    }

    static Policy read(YamlFile file) throws PolicyFileException {
        PolicyDocument document = file.bind(PolicyDocument.class).over(DefaultPolicy.DOCUMENT);
        return toPolicy(document, file);
    }

    /** Turns a complete document into a policy; used for the default itself, so it must not read defaults. */
    static Policy toPolicy(PolicyDocument document, YamlFile file) throws PolicyFileException {
        Policy.Builder builder = new Policy.Builder();
        PolicyDocument.Keys keys = document.keys();

        apply(file, "/keys/algorithms", () -> builder.keyAlgorithms(keys.algorithms()));
        apply(file, "/keys/rsaMinimumBits", () -> builder.rsaMinimumBits(keys.rsaMinimumBits()));
        apply(file, "/keys/ecCurves", () -> builder.ecCurves(keys.ecCurves()));
        apply(file, "/keys/edwardsCurves", () -> builder.edwardsCurves(keys.edwardsCurves()));
        apply(file, "/signatureAlgorithms", () -> builder.signatureAlgorithms(document.signatureAlgorithms()));
        apply(file, "/maxValidityDays", () -> builder.maxValidityDays(document.maxValidityDays()));

        PolicyDocument.Expiry expiry = document.expiry();
        apply(file, "/expiry/warningDays", () -> builder.expiryWarningDays(expiry.warningDays()));
        apply(file, "/expiry/failureDays", () -> builder.expiryFailureDays(expiry.failureDays()));
        apply(file, "/expiry/categories", () -> builder.expiryCategories(expiry.categories()));

        builder.approvedIssuers(approvedIssuers(document.approvedIssuers(), file));
        apply(file, "/failOnUnreadable", () -> builder.failOnUnreadable(document.failOnUnreadable()));
        apply(file, "/exceptions/maxDays", () -> builder.maxExceptionDays(document.exceptions().maxDays()));
        apply(file, "/exceptions/failOnUnused",
                () -> builder.failOnUnusedExceptions(document.exceptions().failOnUnused()));

        builder.revocation(revocation(document.revocation(), file));

        applySeverities(document.severity(), builder, file);
        applyPolicyOids(document.privatePolicyOids(), builder, file);

        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw file.error("/expiry", e.getMessage());
        }
    }

    private static List<ApprovedIssuer> approvedIssuers(List<PolicyDocument.ApprovedIssuerEntry> entries, YamlFile file)
            throws PolicyFileException {
        List<ApprovedIssuer> issuers = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            PolicyDocument.ApprovedIssuerEntry entry = entries.get(i);
            String pointer = "/approvedIssuers/" + i;
            if (entry == null || entry.subject() == null || entry.subject().isBlank()) {
                throw file.error(pointer, "approved issuer " + (i + 1) + " has no subject; add the issuing CA's"
                        + " subject DN, such as subject: \"CN=Example S/MIME CA,O=Example,C=DE\"");
            }
            try {
                issuers.add(new ApprovedIssuer(entry.subject(), entry.keyIdentifier(), entry.spkiSha256()));
            } catch (IllegalArgumentException e) {
                throw file.error(pointer, "invalid approved issuer: " + e.getMessage());
            }
        }
        return issuers;
    }

    private static void applySeverities(Map<String, String> severities, Policy.Builder builder, YamlFile file)
            throws PolicyFileException {
        Set<String> known = RuleRegistry.allCodes().keySet();
        for (Map.Entry<String, String> entry : severities.entrySet()) {
            String pointer = "/severity/" + entry.getKey();
            if (!known.contains(entry.getKey())) {
                throw file.error(pointer, "unknown finding code '" + entry.getKey() + "'; "
                        + FindingCodes.suggest(entry.getKey(), known));
            }
            apply(file, pointer, () -> builder.severity(entry.getKey(), entry.getValue()));
        }
    }

    private static void applyPolicyOids(Map<String, String> oids, Policy.Builder builder, YamlFile file)
            throws PolicyFileException {
        for (Map.Entry<String, String> entry : oids.entrySet()) {
            String pointer = "/privatePolicyOids/" + entry.getKey();
            if (ASN1ObjectIdentifier.tryFromID(entry.getKey()) == null) {
                throw file.error(pointer, "invalid OID '" + entry.getKey() + "'; write it in dotted form such as"
                        + " 1.3.6.1.4.1.99999.1");
            }
            if (entry.getKey().startsWith(SmimeType.RESERVED_OID_PREFIX)) {
                throw file.error(pointer, "OID " + entry.getKey() + " is a reserved S/MIME policy OID whose type is"
                        + " fixed by the Baseline Requirements; map only private OIDs");
            }
            apply(file, pointer, () -> builder.mapPolicyOid(entry.getKey(), smimeType(entry.getValue())));
        }
    }

    private static RevocationSettings revocation(PolicyDocument.Revocation section, YamlFile file)
            throws PolicyFileException {
        RevocationSettings.Mode mode;
        try {
            mode = RevocationSettings.Mode.parse(section.check());
        } catch (NullPointerException | IllegalArgumentException e) {
            throw file.error("/revocation/check", e instanceof NullPointerException
                    ? "value is missing; give off, crl, ocsp or crl-then-ocsp" : e.getMessage());
        }
        if (section.timeoutSeconds() == null || section.failWhenUnknown() == null) {
            throw file.error("/revocation", "timeoutSeconds or failWhenUnknown is missing; give a value or remove"
                    + " the key to keep the default");
        }
        try {
            return new RevocationSettings(mode, Duration.ofSeconds(section.timeoutSeconds()),
                    section.failWhenUnknown());
        } catch (IllegalArgumentException e) {
            throw file.error("/revocation/timeoutSeconds", e.getMessage());
        }
    }

    private static SmimeType smimeType(String text) {
        try {
            return SmimeType.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid S/MIME type '" + text + "'; write VALIDATION/GENERATION with"
                    + " a validation type of " + List.of(ValidationType.values()) + " and a generation of "
                    + List.of(Generation.values()) + ", such as MAILBOX/STRICT", e);
        }
    }

    private static void apply(YamlFile file, String pointer, Runnable setting) throws PolicyFileException {
        try {
            setting.run();
        } catch (NullPointerException e) {
            throw file.error(pointer, "value is missing; give a value or remove the key to keep the default");
        } catch (IllegalArgumentException e) {
            throw file.error(pointer, e.getMessage());
        }
    }
}
