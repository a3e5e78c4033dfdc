package io.github.smimecheck.check.testing;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.ReadProblem;
import io.github.smimecheck.check.ScanOptions;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.Scanner;
import io.github.smimecheck.check.inventory.Location;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

/** Runs the real scanner over a test folder at a fixed clock, and extracts what tests compare. */
public final class TestScans {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    private TestScans() {
    }

    public static ScanResult scan(Path folder) {
        return scan(folder, UnaryOperator.identity());
    }

    /** Scans the folder with the defaults, changed by {@code options}, locations shown relative to it. */
    public static ScanResult scan(Path folder, UnaryOperator<ScanOptions.Builder> options) {
        ScanOptions.Builder builder = ScanOptions.builder().root(folder).baseDirectory(folder).clock(CLOCK);
        return new Scanner().scan(options.apply(builder).build());
    }

    /** Returns the display of every location of every certificate, sorted. */
    public static List<String> certificateLocations(ScanResult result) {
        return result.certificates().stream().flatMap(certificate -> certificate.locations().stream())
                .map(Location::display).sorted().toList();
    }

    public static List<String> problemLocations(ScanResult result) {
        return result.problems().stream().map(problem -> problem.location().display()).toList();
    }

    public static List<String> problemCodes(ScanResult result) {
        return result.problems().stream().map(problem -> problem.finding().code()).toList();
    }

    public static ReadProblem onlyProblem(ScanResult result) {
        if (result.problems().size() != 1) {
            throw new AssertionError("expected one problem, got " + result.problems());
        }
        return result.problems().get(0);
    }

    public static List<String> sha256s(ScanResult result) {
        return result.certificates().stream().map(CertificateResult::sha256).toList();
    }
}
