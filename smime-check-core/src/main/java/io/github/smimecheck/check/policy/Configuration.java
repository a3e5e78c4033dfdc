package io.github.smimecheck.check.policy;

import io.github.smimecheck.check.ConfigurationFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The policy, exceptions and owners in force for a scan, with the files they came from and their
 * SHA-256 for the evidence.
 *
 * @param files the configuration files read, the embedded default policy included when no policy
 *     file was given
 */
public record Configuration(Policy policy, List<DocumentedException> exceptions, List<OwnerEntry> owners,
                            List<ConfigurationFile> files) {

    /**
     * The names of the settings that point to the three files in a front end, such as
     * {@code smime.policy}. Error messages name them in the fix, such as "check the path given in
     * smime.policy".
     */
    public record SettingNames(String policy, String exceptions, String owners) {

        /** The properties of the Maven goal. */
        public static final SettingNames MAVEN = new SettingNames("smime.policy", "smime.exceptions", "smime.owners");
    }

    public Configuration {
        exceptions = List.copyOf(exceptions);
        owners = List.copyOf(owners);
        files = List.copyOf(files);
    }

    /** Returns the embedded default policy with no exceptions and no owners. */
    public static Configuration defaults() {
        return new Configuration(Policy.defaults(), List.of(), List.of(), List.of(defaultPolicyFile()));
    }

    /**
     * Loads the configuration files; each path may be null, which means the embedded default policy,
     * no exceptions or no owners.
     *
     * @throws PolicyFileException for the first file or entry that is invalid
     */
    public static Configuration load(Path policyFile, Path exceptionsFile, Path ownersFile) throws PolicyFileException {
        return load(null, policyFile, exceptionsFile, ownersFile);
    }

    /**
     * Loads the configuration files like {@link #load(Path, Path, Path)}, naming files inside
     * {@code baseDirectory} relative to it in messages and the evidence.
     */
    public static Configuration load(Path baseDirectory, Path policyFile, Path exceptionsFile, Path ownersFile)
            throws PolicyFileException {
        return load(baseDirectory, policyFile, exceptionsFile, ownersFile, SettingNames.MAVEN);
    }

    /**
     * Loads the configuration files like {@link #load(Path, Path, Path, Path)}, naming the front
     * end's settings in the fixes of error messages.
     */
    public static Configuration load(Path baseDirectory, Path policyFile, Path exceptionsFile, Path ownersFile,
                                     SettingNames settings) throws PolicyFileException {
        List<ConfigurationFile> files = new ArrayList<>();

        Policy policy = Policy.defaults();
        if (policyFile == null) {
            files.add(defaultPolicyFile());
        } else {
            YamlFile file = YamlFile.read(policyFile, settings.policy(), baseDirectory);
            policy = PolicyReader.read(file);
            files.add(new ConfigurationFile("policy", file.path().toString(), file.sha256()));
        }

        List<DocumentedException> exceptions = List.of();
        if (exceptionsFile != null) {
            YamlFile file = YamlFile.read(exceptionsFile, settings.exceptions(), baseDirectory);
            exceptions = ExceptionsReader.read(file, policy);
            files.add(new ConfigurationFile("exceptions", file.path().toString(), file.sha256()));
        }

        List<OwnerEntry> owners = List.of();
        if (ownersFile != null) {
            YamlFile file = YamlFile.read(ownersFile, settings.owners(), baseDirectory);
            owners = OwnersReader.read(file);
            files.add(new ConfigurationFile("owners", file.path().toString(), file.sha256()));
        }
        return new Configuration(policy, exceptions, owners, files);
    }

    private static ConfigurationFile defaultPolicyFile() {
        return new ConfigurationFile("policy", PolicyReader.DEFAULT_NAME, DefaultPolicy.FILE.sha256());
    }
}
