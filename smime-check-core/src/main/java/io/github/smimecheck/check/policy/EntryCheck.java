package io.github.smimecheck.check.policy;

/**
 * Checks the fields of one exceptions-file or owners-file entry and builds errors that name the
 * file, the line of the field (or of the entry when the field is missing), the entry's id and the fix.
 */
final class EntryCheck {

    private final YamlFile file;
    private final String pointer;
    private final String kind;
    private final String id;

    EntryCheck(YamlFile file, String pointer, String kind, String id) {
        this.file = file;
        this.pointer = pointer;
        this.kind = kind;
        this.id = id;
    }

    /** Fails when a mandatory text field is missing or blank. */
    void required(String field, String value) throws PolicyFileException {
        if (value == null || value.isBlank()) {
            throw error(field, "has no " + field, "add '" + field + ":' to the entry");
        }
    }

    /** Builds the matcher from the {@code match} section, which must exist and be valid. */
    CertificateMatcher matcher(MatchDocument match) throws PolicyFileException {
        if (match == null) {
            throw error("match", "has no match",
                    "add 'match:' with sha256, issuer and serial, subject or location");
        }
        try {
            return match.toMatcher();
        } catch (IllegalArgumentException e) {
            throw error("match", "has an invalid match: " + e.getMessage(), "correct the match");
        }
    }

    PolicyFileException error(String field, String problem, String fix) {
        String name = id == null || id.isBlank() ? kind + " entry " + (entryIndex() + 1) : kind + " '" + id + "'";
        return new PolicyFileException(file.path(), file.lineOf(pointer + "/" + field), name + " " + problem, fix);
    }

    private int entryIndex() {
        return Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
    }
}
