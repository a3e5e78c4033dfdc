package io.github.smimecheck.maven;

import io.github.smimecheck.check.AsOf;
import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.ScanOptions;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.Scanner;
import io.github.smimecheck.check.Outcome;
import io.github.smimecheck.check.report.JsonReportWriter;
import io.github.smimecheck.check.verdict.FailureMessage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Scans deployment artifacts for X.509 certificates, checks them against the S/MIME Baseline
 * Requirements and the organisation's policy, writes the evidence and fails the build on any
 * finding that no exception covers. Runs with or without a project.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** Files and folders to scan; inside a project the default is the packaged artifact and the resource folders. */
    @Parameter(property = "smime.paths")
    private List<File> paths;

    /** Folder the evidence reports are written to. */
    @Parameter(property = "smime.outputDirectory", defaultValue = "${project.build.directory}/smime-check")
    private File outputDirectory;

    /** Skips the check entirely. */
    @Parameter(property = "smime.skip", defaultValue = "false")
    private boolean skip;

    /** Fails the build on findings; set to false to only report them. */
    @Parameter(property = "smime.failOnFindings", defaultValue = "true")
    private boolean failOnFindings;

    /** Evaluates everything at this date (yyyy-MM-dd, start of day UTC) or instant instead of now. */
    @Parameter(property = "smime.asOf")
    private String asOf;

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

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("smime-check skipped (smime.skip=true)");
            return;
        }

        ScanOptions options = options();
        ScanResult result = new Scanner().scan(options);

        Path report;
        try {
            report = new JsonReportWriter().write(result, outputDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("smime-check could not write the evidence to " + outputDirectory
                    + ": " + e.getMessage() + "; check that the folder is writable", e);
        }

        log(result, report);
        if (result.outcome() == Outcome.FAIL && failOnFindings) {
            throw new MojoFailureException(FailureMessage.full(result, report.toString()));
        }
    }

    private void log(ScanResult result, Path report) {
        if (result.outcome() == Outcome.PASS) {
            getLog().info(FailureMessage.summary(result));
        } else {
            getLog().error(FailureMessage.summary(result));
            FailureMessage.failureLines(result).forEach(line -> getLog().error("  " + line));
        }
        getLog().info("Evidence: " + report);
    }

    private ScanOptions options() throws MojoExecutionException {
        Path base = project != null && project.getBasedir() != null
                ? project.getBasedir().toPath() : Path.of("").toAbsolutePath();
        return ScanOptions.builder()
                .roots(roots())
                .baseDirectory(base)
                .clock(Clock.systemUTC())
                .asOf(parseAsOf())
                .limits(new ScanLimits(maxDepth, maxEntries, maxInflatedBytes, maxFileBytes))
                .environment(System.getenv())
                .build();
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
