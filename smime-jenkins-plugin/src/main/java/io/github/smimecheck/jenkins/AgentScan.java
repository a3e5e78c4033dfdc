package io.github.smimecheck.jenkins;

import hudson.AbortException;
import hudson.remoting.VirtualChannel;
import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.Scanner;
import io.github.smimecheck.check.TextScanSettings;
import io.github.smimecheck.check.report.JsonReportWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs the scan on the machine that has the workspace, so the artifacts never travel to the
 * controller. It receives the step's settings and the build's environment, writes the evidence
 * into the workspace and returns a {@link ScanSummary}.
 *
 * <p>The environment travels with the callable because keystore password entries name variables
 * in it. Nothing here prints or returns a variable's value.
 */
final class AgentScan extends MasterToSlaveFileCallable<ScanSummary> {

    private static final long serialVersionUID = 1L;

    private final String paths;
    private final String asOf;
    private final String keystorePasswords;
    private final String outputDirectory;
    private final int maxDepth;
    private final long maxEntries;
    private final long maxInflatedBytes;
    private final long maxFileBytes;
    private final HashMap<String, String> environment;

    AgentScan(SmimeCheckStep step, Map<String, String> environment) {
        this.paths = step.getPaths();
        this.asOf = step.getAsOf();
        this.keystorePasswords = step.getKeystorePasswords();
        this.outputDirectory = step.getOutputDirectory();
        this.maxDepth = step.getMaxDepth();
        this.maxEntries = step.getMaxEntries();
        this.maxInflatedBytes = step.getMaxInflatedBytes();
        this.maxFileBytes = step.getMaxFileBytes();
        this.environment = new HashMap<>(environment);
    }

    /** Returns the settings in the core's form; the controller validates the same object before sending the scan. */
    TextScanSettings settings() {
        return new TextScanSettings(paths, asOf, keystorePasswords,
                new ScanLimits(maxDepth, maxEntries, maxInflatedBytes, maxFileBytes));
    }

    @Override
    public ScanSummary invoke(File workspace, VirtualChannel channel) throws IOException {
        Path base = workspace.toPath();
        TextScanSettings.PreparedScan prepared;
        try {
            prepared = settings().prepare(base, environment, Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }

        ScanResult result = scan(prepared);
        Path report = writeEvidence(result, base.resolve(outputDirectory));
        return ScanSummary.of(result, shown(base, report), prepared.warnings());
    }

    private static ScanResult scan(TextScanSettings.PreparedScan prepared) throws IOException {
        try {
            return new Scanner().scan(prepared.options());
        } catch (RuntimeException e) {
            throw new IOException("smime-check failed while scanning (" + e + "); this is a defect in"
                    + " smime-check, not a finding, so please report it with the stack trace", e);
        }
    }

    private static Path writeEvidence(ScanResult result, Path folder) throws IOException {
        try {
            // TODO: switch to the core's EvidenceWriter, which writes every report format, once it exists.
            return new JsonReportWriter().write(result, folder);
        } catch (IOException e) {
            throw new IOException("smime-check could not write the evidence to " + folder + " (" + e.getMessage()
                    + "); check that the folder is writable", e);
        }
    }

    private static String shown(Path base, Path report) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path absoluteReport = report.toAbsolutePath().normalize();
        Path shown = absoluteReport.startsWith(absoluteBase) ? absoluteBase.relativize(absoluteReport) : absoluteReport;
        return shown.toString().replace('\\', '/');
    }
}
