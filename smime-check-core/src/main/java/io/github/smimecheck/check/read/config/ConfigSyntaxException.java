package io.github.smimecheck.check.read.config;

/** A configuration file that cannot be parsed, with the 1-based line of the error (0 when unknown). */
final class ConfigSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    ConfigSyntaxException(int line, String message) {
        super(message);
        this.line = line;
    }

    int line() {
        return line;
    }

    /** Returns "line 12: message" or the message alone when the line is unknown. */
    String describe() {
        return line > 0 ? "line " + line + ": " + getMessage() : getMessage();
    }
}
