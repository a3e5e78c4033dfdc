package io.github.smimecheck.check.policy;

import java.nio.file.Path;

/**
 * A policy, exceptions or owners file that cannot be used. The message names the file, the line
 * (when known), what is wrong and how to fix it. Front ends print it unchanged and stop, because a
 * scan under a configuration that was not understood would prove nothing.
 */
public final class PolicyFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /**
     * Creates the error.
     *
     * @param file the file that was read
     * @param line 1-based line of the problem, or 0 when the problem concerns the whole file
     * @param problem what is wrong, naming the value found
     * @param fix what to change
     */
    public PolicyFileException(Path file, int line, String problem, String fix) {
        this(file, line, problem + "; " + fix);
    }

    /** Creates the error from a message that already states what is wrong and how to fix it. */
    public PolicyFileException(Path file, int line, String message) {
        super((line > 0 ? file + ":" + line : file.toString()) + ": " + message);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** Returns the 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
