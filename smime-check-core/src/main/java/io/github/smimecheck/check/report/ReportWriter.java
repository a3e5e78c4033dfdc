package io.github.smimecheck.check.report;

import io.github.smimecheck.check.ScanResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one evidence report for a scan result into a folder. Implementations write under a
 * temporary name and move the file into place, and give the same bytes for the same result.
 */
public interface ReportWriter {

    /** Writes the report into the folder and returns the path of the written file. */
    Path write(ScanResult result, Path outputDirectory) throws IOException;
}
