package io.github.smimecheck.jenkins;

import hudson.AbortException;
import hudson.remoting.VirtualChannel;
import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.Scanner;
import io.github.smimecheck.check.TextScanSettings;
import io.github.smimecheck.check.policy.Configuration;
import io.github.smimecheck.check.policy.PolicyFileException;
import io.github.smimecheck.check.report.EvidenceFiles;
import io.github.smimecheck.check.report.EvidenceWriteFailure;
import io.github.smimecheck.check.report.EvidenceWriter;
import io.github.smimecheck.check.report.ReportFormat;
import io.github.smimecheck.check.verdict.BuildOutcome;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jenkins.MasterToSlaveFileCallable;

/**
 * Runs the scan on the machine that has the workspace, so the artifacts never travel to the
 * controller. It receives the step's settings and the build's environment, loads the policy,
 * exceptions and owners files from the workspace, writes the evidence into the workspace and
 * returns a {@link ScanSummary}.
 *
 * <p>The environment travels with the callable because keystore password entries name variables
 * in it. Nothing here prints or returns a variable's value.
 */
final class AgentScan extends MasterToSlaveFileCallable<ScanSummary> {

    private static final long serialVersionUID = 1L;

    private static final Configuration.SettingNames SETTINGS =
            new Configuration.SettingNames("policyFile", "exceptionsFile", "ownersFile");

    private final String paths;
    private final String asOf;
    private final String keystorePasswords;
    private final String outputDirectory;
    private final int maxDepth;
    private final long maxEntries;
    private final long maxInflatedBytes;
    private final long maxFileBytes;
    private final String policyFile;
    private final String exceptionsFile;
    private final String ownersFile;
    private final String formats;
    private final boolean failOnFindings;
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
        this.policyFile = step.getPolicyFile();
        this.exceptionsFile = step.getExceptionsFile();
        this.ownersFile = step.getOwnersFile();
        this.formats = step.getFormats();
        this.failOnFindings = step.isFailOnFindings();
        this.environment = new HashMap<>(environment);
    }

    /** Returns the settings in the core's form; the controller validates the same object before sending the scan. */
    TextScanSettings settings() {
        return new TextScanSettings(paths, asOf, keystorePasswords,
                new ScanLimits(maxDepth, maxEntries, maxInflatedBytes, maxFileBytes));
    }

    /**
     * Returns the report formats to write; blank means every format.
     *
     * @throws IllegalArgumentException naming the unknown format and the allowed ones
     */
    Set<ReportFormat> reportFormats() {
        return ReportFormat.parseList(formats);
    }

    @Override
    public ScanSummary invoke(File workspace, VirtualChannel channel) throws IOException {
        Path base = workspace.toPath();
        Set<ReportFormat> selected;
        TextScanSettings.PreparedScan prepared;
        try {
            selected = reportFormats();
            prepared = settings().prepare(base, environment, Clock.systemUTC(), configuration(base));
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }

        ScanResult result = scan(prepared);
        EvidenceFiles evidence = writeEvidence(result, base.resolve(outputDirectory), selected);
        String report = shown(base, evidence.mainReport());

        List<String> lines = new ArrayList<>();
        lines.add(evidence.writtenLine(outputDirectory));
        BuildOutcome outcome = BuildOutcome.of(result, report, failOnFindings);
        lines.addAll(outcome.texts());
        return ScanSummary.of(result, report, prepared.warnings(), lines, outcome);
    }

    /** Loads the configuration files named relative to the workspace; an invalid one is a configuration error. */
    private Configuration configuration(Path base) throws AbortException {
        try {
            return Configuration.load(base, inWorkspace(base, policyFile), inWorkspace(base, exceptionsFile),
                    inWorkspace(base, ownersFile), SETTINGS);
        } catch (PolicyFileException e) {
            throw new AbortException("smime-check: invalid configuration: " + e.getMessage());
        }
    }

    private static Path inWorkspace(Path base, String file) {
        return file == null || file.isBlank() ? null : base.resolve(file);
    }

    private static ScanResult scan(TextScanSettings.PreparedScan prepared) throws IOException {
        try {
            return new Scanner().scan(prepared.options());
        } catch (RuntimeException e) {
            throw new IOException("smime-check failed while scanning (" + e + "); this is a defect in"
                    + " smime-check, not a finding, so please report it with the stack trace", e);
        }
    }

    private static EvidenceFiles writeEvidence(ScanResult result, Path folder, Set<ReportFormat> selected)
            throws IOException {
        try {
            return new EvidenceWriter(selected).write(result, folder);
        } catch (IOException e) {
            throw new IOException(EvidenceWriteFailure.message(folder, e), e);
        }
    }

    private static String shown(Path base, Path report) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path absoluteReport = report.toAbsolutePath().normalize();
        Path shown = absoluteReport.startsWith(absoluteBase) ? absoluteBase.relativize(absoluteReport) : absoluteReport;
        return shown.toString().replace('\\', '/');
    }
}
