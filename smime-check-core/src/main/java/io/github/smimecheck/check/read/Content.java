package io.github.smimecheck.check.read;

import io.github.smimecheck.check.inventory.Location;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * The bytes of one file or archive entry and where they came from. Readers look at the bytes
 * first and use the name only as a hint.
 */
public record Content(Location location, byte[] bytes) {

    public Content {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** Returns the lower-case name of the innermost file or entry, for example {@code mail.p12}. */
    public String name() {
        return location.leafName().toLowerCase(Locale.ROOT);
    }

    public boolean nameEndsWith(String... suffixes) {
        String name = name();
        for (String suffix : suffixes) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    public boolean startsWith(byte... magic) {
        return startsWithAt(0, magic);
    }

    public boolean startsWithAt(int offset, byte... magic) {
        if (bytes.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Decodes the bytes as UTF-8 text, dropping a leading byte order mark. */
    public String text() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Returns whether the first bytes contain no NUL, which is how text files are distinguished. */
    public boolean looksLikeText() {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }
}
