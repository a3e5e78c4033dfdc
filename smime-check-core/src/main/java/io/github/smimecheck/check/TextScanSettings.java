package io.github.smimecheck.check;

import io.github.smimecheck.check.policy.Configuration;
import io.github.smimecheck.check.read.EnvironmentPasswordSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scan settings as a front end receives them in text form (a Jenkins step, a command line), and
 * their conversion into {@link ScanOptions}. Keeping the conversion here means every such front end
 * reads paths, dates and password entries the same way and reports the same messages.
 *
 * @param paths Ant-style patterns and plain paths relative to the base directory, as {@link RootPatterns} reads them
 * @param asOf date or instant to evaluate at, as {@link AsOf} reads it; blank means the clock's instant
 * @param keystorePasswords {@code GLOB=ENV_VAR} entries, one per line or separated by commas, as
 *     {@link EnvironmentPasswordSource} reads them
 * @param limits archive and file limits
 */
public record TextScanSettings(String paths, String asOf, String keystorePasswords, ScanLimits limits) {

    /**
     * Options ready to scan, with the warnings a front end prints before scanning.
     *
     * @param warnings lines about patterns that matched nothing and password variables that are not set
     */
    public record PreparedScan(ScanOptions options, List<String> warnings) {

        public PreparedScan {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Checks the syntax of every setting without touching the file system, so a front end can
     * reject a bad configuration before it starts any work.
     *
     * @throws IllegalArgumentException naming the setting, the value and the fix (never a password)
     */
    public void validate() {
        RootPatterns.parse(paths);
        AsOf.parse(asOf);
        EnvironmentPasswordSource.mappings(EnvironmentPasswordSource.splitEntries(keystorePasswords));
        requireAtLeast("maxDepth", limits.maxDepth(), 0);
        requireAtLeast("maxEntries", limits.maxEntries(), 1);
        requireAtLeast("maxInflatedBytes", limits.maxInflatedBytes(), 1);
        requireAtLeast("maxFileBytes", limits.maxFileBytes(), 1);
    }

    /** Prepares the scan like {@link #prepare(Path, Map, Clock, Configuration)} with the default configuration. */
    public PreparedScan prepare(Path baseDirectory, Map<String, String> environment, Clock clock) {
        return prepare(baseDirectory, environment, clock, Configuration.defaults());
    }

    /**
     * Expands the paths under the base directory and builds the options.
     *
     * @param environment variables the password entries name; read here and never printed
     * @param configuration the policy, exceptions and owners, as {@link Configuration#load} returns them
     * @throws IllegalArgumentException when a setting is invalid or no path matched anything
     */
    public PreparedScan prepare(Path baseDirectory, Map<String, String> environment, Clock clock,
                                Configuration configuration) {
        validate();
        RootPatterns.Expansion expansion = RootPatterns.expand(baseDirectory, paths);
        if (expansion.roots().isEmpty()) {
            throw new IllegalArgumentException(expansion.nothingMatchedMessage());
        }
        List<String> passwordEntries = EnvironmentPasswordSource.splitEntries(keystorePasswords);

        List<String> warnings = new ArrayList<>(expansion.unmatchedLines());
        warnings.addAll(EnvironmentPasswordSource.parse(passwordEntries, environment).unsetVariableLines());

        ScanOptions options = ScanOptions.builder()
                .roots(expansion.roots())
                .baseDirectory(baseDirectory)
                .clock(clock)
                .asOf(AsOf.parse(asOf))
                .configuration(configuration)
                .limits(limits)
                .environment(environment)
                .keystorePasswords(passwordEntries)
                .build();
        return new PreparedScan(options, warnings);
    }

    /**
     * Shows the settings with the password entries counted, not written out, because a user may
     * have written a password where an entry's variable name belongs.
     */
    @Override
    public String toString() {
        int entries = EnvironmentPasswordSource.splitEntries(keystorePasswords).size();
        return "TextScanSettings[paths=" + paths + ", asOf=" + asOf + ", keystorePasswords=[" + entries + " hidden]"
                + ", limits=" + limits + "]";
    }

    private static void requireAtLeast(String name, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException("invalid " + name + " " + value + "; it must be " + minimum
                    + " or more");
        }
    }
}
