package io.github.smimecheck.check.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The place a certificate or a problem was found: the scanned file, then each step inside it
 * (archive entry, keystore alias, PEM block number, configuration key).
 *
 * <p>The first element is the file path as the user gave it or relative to the scanned root.
 * The display form joins the steps with {@code " > "}, for example
 * {@code app.war > WEB-INF/lib/mail.jar > certs/mail.p12 > alias "signing"}.
 */
public record Location(String file, List<String> steps) implements Comparable<Location> {

    public Location {
        Objects.requireNonNull(file, "file");
        steps = List.copyOf(steps);
    }

    public static Location ofFile(String file) {
        return new Location(file, List.of());
    }

    /** Returns a location one step deeper, such as an archive entry or a keystore alias. */
    public Location child(String step) {
        List<String> deeper = new ArrayList<>(steps);
        deeper.add(step);
        return new Location(file, deeper);
    }

    public Location entry(String entryName) {
        return child(entryName);
    }

    public Location alias(String alias) {
        return child("alias \"" + alias + "\"");
    }

    public Location block(int number) {
        return child("block " + number);
    }

    /** Returns the location of the certificate at a 1-based position in a PKCS#7 bundle. */
    public Location certificate(int number) {
        return child("certificate " + number);
    }

    /** Returns the location of a keystore chain position, where 1 is the end-entity certificate. */
    public Location chain(int position) {
        return child("chain " + position);
    }

    public Location key(String configKey) {
        return child("key " + configKey);
    }

    /** Returns the number of steps below the file, which is the nesting depth. */
    public int depth() {
        return steps.size();
    }

    /** Returns the innermost name, used to guess a format from a file extension. */
    public String leafName() {
        String leaf = steps.isEmpty() ? file : steps.get(steps.size() - 1);
        int slash = Math.max(leaf.lastIndexOf('/'), leaf.lastIndexOf('\\'));
        return leaf.substring(slash + 1);
    }

    public String display() {
        if (steps.isEmpty()) {
            return file;
        }
        return file + " > " + String.join(" > ", steps);
    }

    @Override
    public int compareTo(Location other) {
        return display().compareTo(other.display());
    }

    @Override
    public String toString() {
        return display();
    }
}
