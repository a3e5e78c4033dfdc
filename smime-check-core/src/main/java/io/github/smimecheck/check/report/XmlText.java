package io.github.smimecheck.check.report;

/** Removes characters that XML 1.0 cannot carry, so any subject or message can be written. */
final class XmlText {

    private XmlText() {
    }

    /** Returns the text with every character outside the XML 1.0 character range replaced by U+FFFD. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> cleaned.appendCodePoint(allowed(codePoint) ? codePoint : 0xFFFD));
        return cleaned.toString();
    }

    private static boolean allowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }
}
