package io.github.smimecheck.check;

import io.github.smimecheck.check.inventory.Inventory;
import io.github.smimecheck.check.policy.Configuration;
import io.github.smimecheck.check.policy.DocumentedException;
import io.github.smimecheck.check.policy.OwnerEntry;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.read.EnvironmentPasswordSource;
import io.github.smimecheck.check.read.PasswordSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one scan needs, fixed before it starts. Front ends build it from their own
 * configuration with {@link #builder()}.
 *
 * @param roots files and folders to scan
 * @param baseDirectory folder that locations are shown relative to
 * @param clock source of the current instant; the only place time comes from
 * @param asOf instant everything is evaluated at; defaults to the clock's instant
 * @param policy the organisation's policy
 * @param limits archive and file limits
 * @param passwords keystore password lookup
 * @param environment environment variables that passwords and placeholders may name; the front end
 *     passes them in so the core never reads the process environment itself
 * @param exceptions documented exceptions, in file order
 * @param owners owners-file entries, in file order
 * @param configurationFiles the policy, exceptions and owners files behind the values above, for the evidence
 * @param secrets named secrets, such as Maven {@code settings.xml} server passwords by server id,
 *     that placeholders in configuration files may name; {@link #toString()} shows names only
 * @param sourceRoot folder that SARIF artifact URIs are relative to, usually the repository root;
 *     the base directory unless set
 */
public record ScanOptions(
        List<Path> roots,
        Path baseDirectory,
        Clock clock,
        Instant asOf,
        Policy policy,
        ScanLimits limits,
        PasswordSource passwords,
        Map<String, String> environment,
        List<DocumentedException> exceptions,
        List<OwnerEntry> owners,
        List<ConfigurationFile> configurationFiles,
        Map<String, String> secrets,
        Path sourceRoot) {

    public ScanOptions {
        roots = List.copyOf(roots);
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(passwords, "passwords");
        environment = Map.copyOf(environment);
        exceptions = List.copyOf(exceptions);
        owners = List.copyOf(owners);
        configurationFiles = List.copyOf(configurationFiles);
        secrets = Map.copyOf(secrets);
        sourceRoot = Objects.requireNonNullElse(sourceRoot, baseDirectory);
    }

    /** Creates options whose source root is the base directory. */
    public ScanOptions(List<Path> roots, Path baseDirectory, Clock clock, Instant asOf, Policy policy,
                       ScanLimits limits, PasswordSource passwords, Map<String, String> environment,
                       List<DocumentedException> exceptions, List<OwnerEntry> owners,
                       List<ConfigurationFile> configurationFiles, Map<String, String> secrets) {
        this(roots, baseDirectory, clock, asOf, policy, limits, passwords, environment, exceptions, owners,
                configurationFiles, secrets, baseDirectory);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder with the defaults: working directory, system clock, default policy and limits. */
    public static final class Builder {
        private final List<Path> roots = new ArrayList<>();
        private Path baseDirectory = Path.of("").toAbsolutePath();
        private Clock clock = Clock.systemUTC();
        private Instant asOf;
        private Policy policy = Policy.defaults();
        private ScanLimits limits = ScanLimits.defaults();
        private PasswordSource passwords = PasswordSource.none();
        private Map<String, String> environment = Map.of();
        private List<DocumentedException> exceptions = List.of();
        private List<OwnerEntry> owners = List.of();
        private List<ConfigurationFile> configurationFiles = Configuration.defaults().files();
        private Map<String, String> secrets = Map.of();
        private Path sourceRoot;
        private final List<String> keystorePasswords = new ArrayList<>();

        public Builder root(Path root) {
            roots.add(root);
            return this;
        }

        public Builder roots(List<Path> paths) {
            roots.addAll(paths);
            return this;
        }

        public Builder baseDirectory(Path directory) {
            this.baseDirectory = directory;
            return this;
        }

        /**
         * Sets the folder that SARIF artifact URIs are relative to, such as the root of a
         * multi-module build when the base directory is one module. Defaults to the base directory.
         */
        public Builder sourceRoot(Path directory) {
            this.sourceRoot = directory;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** Evaluates everything at this instant instead of the clock's current one. */
        public Builder asOf(Instant instant) {
            this.asOf = instant;
            return this;
        }

        /** Sets a policy built in code; the evidence names it {@code programmatic} with the SHA-256 of its YAML. */
        public Builder policy(Policy value) {
            this.policy = value;
            String sha256 = Inventory.sha256Hex(value.effectiveYaml().getBytes(StandardCharsets.UTF_8));
            this.configurationFiles = List.of(new ConfigurationFile("policy", "programmatic", sha256));
            return this;
        }

        /** Sets the policy, exceptions, owners and their files from loaded configuration files. */
        public Builder configuration(Configuration value) {
            this.policy = value.policy();
            this.exceptions = value.exceptions();
            this.owners = value.owners();
            this.configurationFiles = value.files();
            return this;
        }

        public Builder exceptions(List<DocumentedException> values) {
            this.exceptions = values;
            return this;
        }

        public Builder owners(List<OwnerEntry> values) {
            this.owners = values;
            return this;
        }

        public Builder limits(ScanLimits value) {
            this.limits = value;
            return this;
        }

        public Builder passwords(PasswordSource value) {
            this.passwords = value;
            return this;
        }

        public Builder environment(Map<String, String> variables) {
            this.environment = variables;
            return this;
        }

        /** Named secrets (for example settings.xml server passwords by id) for configuration placeholders. */
        public Builder secrets(Map<String, String> namedSecrets) {
            this.secrets = namedSecrets;
            return this;
        }

        /**
         * Maps keystore path globs to the environment variables that hold their passwords, as
         * {@code GLOB=ENV_VAR} entries; when any are given they replace {@link #passwords} and
         * are looked up in {@link #environment}.
         *
         * @throws IllegalArgumentException naming the number of an entry that is not {@code GLOB=ENV_VAR}
         */
        public Builder keystorePasswords(List<String> entries) {
            EnvironmentPasswordSource.mappings(entries);
            keystorePasswords.addAll(entries);
            return this;
        }

        public ScanOptions build() {
            Instant evaluated = asOf != null ? asOf : clock.instant();
            PasswordSource lookup = keystorePasswords.isEmpty()
                    ? passwords : EnvironmentPasswordSource.parse(keystorePasswords, environment);
            return new ScanOptions(roots, baseDirectory, clock, evaluated, policy, limits, lookup, environment,
                    exceptions, owners, configurationFiles, secrets, sourceRoot);
        }
    }

    /** Shows the names of environment variables and secrets, never their values. */
    @Override
    public String toString() {
        return "ScanOptions[roots=" + roots + ", baseDirectory=" + baseDirectory + ", sourceRoot=" + sourceRoot
                + ", asOf=" + asOf
                + ", limits=" + limits + ", environment=" + environment.keySet() + ", secrets=" + secrets.keySet()
                + "]";
    }
}
