package io.github.smimecheck.maven;

import io.github.smimecheck.check.AsOf;
import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.ScanOptions;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.Scanner;
import io.github.smimecheck.check.policy.Configuration;
import io.github.smimecheck.check.policy.PolicyFileException;
import io.github.smimecheck.check.report.EvidenceFiles;
import io.github.smimecheck.check.report.EvidenceWriteFailure;
import io.github.smimecheck.check.report.EvidenceWriter;
import io.github.smimecheck.check.read.EnvironmentPasswordSource;
import io.github.smimecheck.check.report.ReportFormat;
import io.github.smimecheck.check.verdict.BuildOutcome;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Scans deployment artifacts for X.509 certificates, checks them against the S/MIME Baseline
 * Requirements and the organisation's policy, writes the evidence and fails the build on any
 * finding that no exception covers. Runs with or without a project.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** Classifier of the evidence files attached to the build. */
    static final String EVIDENCE_CLASSIFIER = "smime-evidence";

    /** Files and folders to scan; inside a project the default is the packaged artifact and the resource folders. */
    @Parameter(property = "smime.paths")
    private List<File> paths;

    /** Folder the evidence reports are written to. */
    @Parameter(property = "smime.outputDirectory", defaultValue = "${project.build.directory}/smime-check")
    private File outputDirectory;

    /**
     * Folder that SARIF artifact URIs are relative to. GitHub code scanning needs the repository
     * root. The default, set by the Maven 3.x launcher script, is the nearest folder at or above
     * the start folder that contains {@code .mvn}, else the start folder itself.
     */
    @Parameter(property = "smime.sourceRoot", defaultValue = "${maven.multiModuleProjectDirectory}")
    private File sourceRoot;

    /** Folder Maven was started in; the source root when the launcher did not set one. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private String executionRootDirectory;

    /** Skips the check entirely. */
    @Parameter(property = "smime.skip", defaultValue = "false")
    private boolean skip;

    /** Fails the build on findings; set to false to only report them. */
    @Parameter(property = "smime.failOnFindings", defaultValue = "true")
    private boolean failOnFindings;

    /** Evaluates everything at this date (yyyy-MM-dd, start of day UTC) or instant instead of now. */
    @Parameter(property = "smime.asOf")
    private String asOf;

    /** Policy file (YAML) laid over the embedded default policy; unset means the default policy. */
    @Parameter(property = "smime.policy")
    private File policy;

    /** Exceptions file (YAML) with documented, expiring exceptions; unset means no exceptions. */
    @Parameter(property = "smime.exceptions")
    private File exceptions;

    /** Owners file (YAML) naming the accountable owner of each certificate; unset means no owners. */
    @Parameter(property = "smime.owners")
    private File owners;

    /** Maximum nesting of archives inside archives. */
    @Parameter(property = "smime.maxDepth", defaultValue = "8")
    private int maxDepth;

    /** Maximum archive entries read in one scan. */
    @Parameter(property = "smime.maxEntries", defaultValue = "200000")
    private long maxEntries;

    /** Maximum bytes inflated from archives in one scan. */
    @Parameter(property = "smime.maxInflatedBytes", defaultValue = "4294967296")
    private long maxInflatedBytes;

    /** Maximum size in bytes of one file or archive entry. */
    @Parameter(property = "smime.maxFileBytes", defaultValue = "268435456")
    private long maxFileBytes;

    /** Report formats to write, comma-separated: json, html, sarif, junit, cyclonedx; empty writes all. */
    @Parameter(property = "smime.formats", defaultValue = "json,html,sarif,junit,cyclonedx")
    private String formats;

    /** Attaches the reports to the build with classifier smime-evidence, so install and deploy keep them. */
    @Parameter(property = "smime.attach", defaultValue = "true")
    private boolean attach;

    /**
     * Ids of settings.xml servers whose passwords configuration placeholders may name, for
     * example a server with id mail-keystore for ${mail-keystore} in application.yml.
     */
    @Parameter(property = "smime.passwordServers")
    private List<String> passwordServers;

    /** Maximum ratio of an archive entry's inflated size to its compressed size, checked from 1 MiB on. */
    @Parameter(property = "smime.maxCompressionRatio", defaultValue = "100")
    private long maxCompressionRatio;

    /**
     * Keystore passwords as {@code GLOB=ENV_VAR} entries: keystores whose location or file name
     * matches the glob are opened with the password in that environment variable. Comma-separated
     * on the command line.
     */
    @Parameter(property = "smime.keystorePasswords")
    private List<String> keystorePasswords;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Component
    private SettingsDecrypter settingsDecrypter;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("smime-check skipped (smime.skip=true)");
            return;
        }

        Set<ReportFormat> selected = parseFormats();
        ScanOptions options = options();
        ScanResult result = new Scanner().scan(options);

        EvidenceFiles evidence;
        try {
            evidence = new EvidenceWriter(selected).write(result, outputDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException(EvidenceWriteFailure.message(outputDirectory.toPath(), e), e);
        }
        getLog().info(evidence.writtenLine(outputDirectory.toString()));
        attachEvidence(evidence);

        BuildOutcome outcome = BuildOutcome.of(result, evidence.mainReport().toString(), failOnFindings);
        outcome.lines().forEach(this::log);
        if (outcome.failsBuild()) {
            throw new MojoFailureException(outcome.failureMessage());
        }
    }

    private void log(BuildOutcome.Line line) {
        switch (line.level()) {
            case ERROR -> getLog().error(line.text());
            case WARNING -> getLog().warn(line.text());
            case INFO -> getLog().info(line.text());
        }
    }

    private Set<ReportFormat> parseFormats() throws MojoExecutionException {
        try {
            return ReportFormat.parseList(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("invalid smime.formats '" + formats + "': " + e.getMessage(), e);
        }
    }

    /** Attaches each report and the checksum file when the build has a real project (a pom file). */
    private void attachEvidence(EvidenceFiles evidence) {
        if (!attach || project == null || project.getFile() == null || projectHelper == null) {
            return;
        }
        for (EvidenceFiles.Report report : evidence.reports()) {
            projectHelper.attachArtifact(project, report.format().artifactType(), EVIDENCE_CLASSIFIER,
                    report.path().toFile());
        }
        projectHelper.attachArtifact(project, "sha256sums", EVIDENCE_CLASSIFIER, evidence.checksums().toFile());
    }

    private ScanOptions options() throws MojoExecutionException {
        Path base = project != null && project.getBasedir() != null
                ? project.getBasedir().toPath() : Path.of("").toAbsolutePath();
        List<String> passwordEntries = keystorePasswords == null ? List.of() : keystorePasswords;
        Map<String, String> environment = System.getenv();
        try {
            EnvironmentPasswordSource.parse(passwordEntries, environment).unsetVariableLines()
                    .forEach(line -> getLog().warn(line));
            return ScanOptions.builder()
                    .roots(roots())
                    .baseDirectory(base)
                    .sourceRoot(sourceRoot(base))
                    .clock(Clock.systemUTC())
                    .asOf(parseAsOf())
                    .configuration(configuration(base))
                    .limits(new ScanLimits(maxDepth, maxEntries, maxInflatedBytes, maxFileBytes, maxCompressionRatio))
                    .environment(environment)
                    .secrets(SettingsSecrets.passwords(passwordServers, settings, this::decrypt))
                    .keystorePasswords(passwordEntries)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("smime.keystorePasswords: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the configured source root, else the execution root, else the base directory. The
     * launcher scripts of Maven 3.x set {@code maven.multiModuleProjectDirectory}; an embedded
     * Maven may not, and then the expression stays unresolved.
     */
    private Path sourceRoot(Path base) {
        if (sourceRoot != null && !sourceRoot.getPath().contains("${")) {
            return sourceRoot.toPath();
        }
        return executionRootDirectory != null ? Path.of(executionRootDirectory) : base;
    }

    private Configuration configuration(Path base) throws MojoExecutionException {
        try {
            return Configuration.load(base, path(policy), path(exceptions), path(owners));
        } catch (PolicyFileException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }

    private Server decrypt(Server server) throws MojoExecutionException {
        SettingsDecryptionResult result = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new MojoExecutionException("the password of settings.xml server '" + server.getId()
                        + "' could not be decrypted: " + problem.getMessage() + "; check settings-security.xml");
            }
        }
        return result.getServer();
    }

    private List<Path> roots() {
        List<Path> roots = new ArrayList<>();
        if (paths != null && !paths.isEmpty()) {
            paths.forEach(file -> roots.add(file.toPath()));
            return roots;
        }
        if (project == null || project.getBasedir() == null) {
            roots.add(Path.of("").toAbsolutePath());
            return roots;
        }
        File artifact = project.getArtifact() == null ? null : project.getArtifact().getFile();
        if (artifact != null && artifact.isFile()) {
            roots.add(artifact.toPath());
        }
        for (Resource resource : project.getResources()) {
            File folder = new File(resource.getDirectory());
            if (folder.isDirectory()) {
                roots.add(folder.toPath());
            }
        }
        if (roots.isEmpty()) {
            getLog().warn("smime-check: no packaged artifact and no resource folder to scan; set smime.paths");
        }
        return roots;
    }

    private Instant parseAsOf() throws MojoExecutionException {
        try {
            return AsOf.parse(asOf);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("smime.asOf: " + e.getMessage(), e);
        }
    }
}
