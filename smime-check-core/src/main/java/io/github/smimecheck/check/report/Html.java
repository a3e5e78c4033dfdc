package io.github.smimecheck.check.report;

/** Builds HTML text; every value passes through {@link #escape(String)} before it is appended. */
final class Html {

    private final StringBuilder text = new StringBuilder();

    /** Returns the text with {@code & < > " '} replaced by character references. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Appends markup written by this package; never pass a value from the scan here. */
    Html markup(String markup) {
        text.append(markup);
        return this;
    }

    /** Appends a value, escaped. */
    Html text(String value) {
        text.append(escape(value));
        return this;
    }

    /** Appends {@code <tag class="...">value</tag>} with the value escaped. */
    Html element(String tag, String cssClass, String value) {
        text.append('<').append(tag);
        if (cssClass != null && !cssClass.isEmpty()) {
            text.append(" class=\"").append(escape(cssClass)).append('"');
        }
        text.append('>').append(escape(value)).append("</").append(tag).append('>');
        return this;
    }

    Html badge(String cssClass, String label) {
        return element("span", "badge " + cssClass, label);
    }

    /** Appends a table header row; the labels are escaped. */
    Html tableHead(String... labels) {
        text.append("<thead><tr>");
        for (String label : labels) {
            boolean number = label.startsWith("#");
            text.append(number ? "<th class=\"number\">" : "<th>").append(escape(number ? label.substring(1) : label))
                    .append("</th>");
        }
        text.append("</tr></thead>\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
