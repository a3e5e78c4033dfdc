package io.github.smimecheck.check.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.smimecheck.check.classify.Category;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a policy as complete YAML in the layout of the policy file, with every default filled in,
 * so the evidence shows exactly what was enforced. Maps are sorted, so equal policies give equal
 * text and equal SHA-256.
 */
final class EffectivePolicy {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    private EffectivePolicy() {
    }

    static String yaml(Policy policy) {
        try {
            return YAML.writeValueAsString(tree(policy));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print the effective policy", e);
        }
    }

    private static Map<String, Object> tree(Policy policy) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("algorithms", Policy.KEY_ALGORITHMS.stream().filter(policy.keyAlgorithms()::contains).toList());
        keys.put("rsaMinimumBits", policy.rsaMinimumBits());
        keys.put("ecCurves", policy.ecCurves());
        keys.put("edwardsCurves", policy.edwardsCurves());

        Map<String, Object> expiry = new LinkedHashMap<>();
        expiry.put("warningDays", policy.expiryWarningDays());
        expiry.put("failureDays", policy.expiryFailureDays());
        expiry.put("categories", List.of(Category.values()).stream()
                .filter(policy.expiryCategories()::contains).map(Enum::name).toList());

        Map<String, Object> exceptions = new LinkedHashMap<>();
        exceptions.put("maxDays", policy.maxExceptionDays());
        exceptions.put("failOnUnused", policy.failOnUnusedExceptions());

        Map<String, Object> revocation = new LinkedHashMap<>();
        revocation.put("check", policy.revocation().mode().policyName());
        revocation.put("timeoutSeconds", policy.revocation().timeout().toSeconds());
        revocation.put("failWhenUnknown", policy.revocation().failWhenUnknown());

        Map<String, String> oids = new TreeMap<>();
        policy.privatePolicyOids().forEach((oid, type) -> oids.put(oid, type.toString()));

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("keys", keys);
        root.put("signatureAlgorithms", policy.signatureAlgorithms());
        root.put("maxValidityDays", policy.maxValidityDays());
        root.put("expiry", expiry);
        root.put("approvedIssuers", policy.approvedIssuers().stream().map(EffectivePolicy::issuer).toList());
        root.put("severity", new TreeMap<>(policy.severityOverrides()));
        root.put("privatePolicyOids", oids);
        root.put("failOnUnreadable", policy.failOnUnreadable());
        root.put("exceptions", exceptions);
        root.put("revocation", revocation);
        return root;
    }

    private static Map<String, String> issuer(ApprovedIssuer issuer) {
        Map<String, String> node = new LinkedHashMap<>();
        node.put("subject", issuer.subject());
        if (issuer.keyIdentifier() != null) {
            node.put("keyIdentifier", issuer.keyIdentifier());
        }
        if (issuer.spkiSha256() != null) {
            node.put("spkiSha256", issuer.spkiSha256());
        }
        return node;
    }
}
