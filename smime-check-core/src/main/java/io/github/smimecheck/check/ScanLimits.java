package io.github.smimecheck.check;

/**
 * Bounds on what one scan reads, so a hostile or broken archive cannot exhaust memory or time.
 *
 * @param maxDepth maximum nesting of archives inside archives (the file itself is depth 0)
 * @param maxEntries maximum archive entries read across the whole scan
 * @param maxInflatedBytes maximum bytes read from archives across the whole scan
 * @param maxFileBytes maximum size of one file or archive entry that is read into memory
 */
public record ScanLimits(int maxDepth, long maxEntries, long maxInflatedBytes, long maxFileBytes) {

    public static ScanLimits defaults() {
        return new ScanLimits(8, 200_000, 4L * 1024 * 1024 * 1024, 256L * 1024 * 1024);
    }
}
