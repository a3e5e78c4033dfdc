package io.github.smimecheck.check.rules.br.name;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.classify.SmimeType;
import io.github.smimecheck.check.classify.ValidationType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

/**
 * The subject attribute tables of S/MIME BR 7.1.4.2.3 to 7.1.4.2.6: for each validation type and
 * generation, whether an attribute SHALL, MAY or SHALL NOT be present. Attributes the tables do
 * not list ("Other") may appear only in legacy organization-, sponsor- and individual-validated
 * certificates.
 */
final class SubjectAttributeTable {

    /** A table cell. */
    enum Presence { SHALL, MAY, SHALL_NOT }

    private static final Presence S = Presence.SHALL;
    private static final Presence M = Presence.MAY;
    private static final Presence N = Presence.SHALL_NOT;

    /** Cells per validation type and attribute, in the order legacy, multipurpose, strict. */
    private static final Map<ValidationType, Map<ASN1ObjectIdentifier, Presence[]>> TABLES = tables();

    private SubjectAttributeTable() {
    }

    /** Returns the cell for a listed attribute, or null for an attribute the tables do not list. */
    static Presence presence(SmimeType type, ASN1ObjectIdentifier attribute) {
        Presence[] cells = TABLES.get(type.validationType()).get(attribute);
        return cells == null ? null : cells[type.generation().ordinal()];
    }

    /** Returns every listed attribute with its cell for the type, in table order. */
    static Map<ASN1ObjectIdentifier, Presence> column(SmimeType type) {
        Map<ASN1ObjectIdentifier, Presence> column = new LinkedHashMap<>();
        TABLES.get(type.validationType()).forEach((attribute, cells) ->
                column.put(attribute, cells[type.generation().ordinal()]));
        return column;
    }

    /** Returns whether attributes the tables do not list may appear: legacy OV, SV and IV only. */
    static boolean allowsOtherAttributes(SmimeType type) {
        return type.generation() == Generation.LEGACY && type.validationType() != ValidationType.MAILBOX;
    }

    private static Map<ValidationType, Map<ASN1ObjectIdentifier, Presence[]>> tables() {
        Map<ValidationType, Map<ASN1ObjectIdentifier, Presence[]>> tables = new EnumMap<>(ValidationType.class);
        tables.put(ValidationType.MAILBOX, table(
                M, M, M,  N, N, N,  N, N, N,  N, N, N,  N, N, N,  N, N, N,  N, N, N,  M, M, M,
                M, M, M,  N, N, N,  N, N, N,  N, N, N,  N, N, N,  N, N, N,  N, N, N));
        tables.put(ValidationType.ORGANIZATION, table(
                M, M, M,  S, S, S,  M, M, M,  S, S, S,  N, N, N,  N, N, N,  N, N, N,  M, M, M,
                M, M, M,  N, N, N,  M, M, N,  M, M, M,  M, M, M,  M, M, N,  M, M, M));
        tables.put(ValidationType.SPONSORED, table(
                M, M, M,  S, S, S,  M, M, M,  S, S, S,  M, M, M,  M, M, M,  M, M, M,  M, M, M,
                M, M, M,  M, M, M,  M, M, N,  M, M, M,  M, M, M,  M, M, N,  M, M, M));
        tables.put(ValidationType.INDIVIDUAL, table(
                M, M, M,  N, N, N,  N, N, N,  N, N, N,  M, M, M,  M, M, M,  M, M, M,  M, M, M,
                M, M, M,  M, M, M,  M, M, N,  M, M, M,  M, M, M,  M, M, N,  M, M, M));
        return tables;
    }

    /** Builds one table from cells given row by row in the BR order of {@link AttributeTypes#LISTED}. */
    private static Map<ASN1ObjectIdentifier, Presence[]> table(Presence... cells) {
        List<ASN1ObjectIdentifier> rows = AttributeTypes.LISTED;
        if (cells.length != rows.size() * 3) {
            throw new IllegalArgumentException("expected " + rows.size() * 3 + " cells, got " + cells.length);
        }
        Map<ASN1ObjectIdentifier, Presence[]> table = new LinkedHashMap<>();
        for (int row = 0; row < rows.size(); row++) {
            table.put(rows.get(row), new Presence[] {cells[row * 3], cells[row * 3 + 1], cells[row * 3 + 2]});
        }
        return table;
    }
}
