package io.github.smimecheck.check;

/**
 * Bounds on what one scan reads, so a hostile or broken archive cannot exhaust memory or time.
 *
 * @param maxDepth maximum nesting of archives inside archives (the file itself is depth 0)
 * @param maxEntries maximum archive entries read across the whole scan
 * @param maxInflatedBytes maximum bytes read from archives across the whole scan
 * @param maxFileBytes maximum size of one file or archive entry that is read into memory. Archive
 *     files on disk are streamed, so only their entries are held to it.
 * @param maxCompressionRatio maximum ratio of an archive entry's inflated size to its compressed
 *     size, checked once the entry passes 1 MiB, which stops zip bombs early
 */
public record ScanLimits(int maxDepth, long maxEntries, long maxInflatedBytes, long maxFileBytes,
                         long maxCompressionRatio) {

    /**
     * Default ratio limit. DEFLATE reaches at most about 1032:1 (zlib technical details), while
     * certificates and keystores compress far less.
     */
    public static final long DEFAULT_MAX_COMPRESSION_RATIO = 100;

    /** Creates limits with the default compression ratio limit. */
    public ScanLimits(int maxDepth, long maxEntries, long maxInflatedBytes, long maxFileBytes) {
        this(maxDepth, maxEntries, maxInflatedBytes, maxFileBytes, DEFAULT_MAX_COMPRESSION_RATIO);
    }

    public static ScanLimits defaults() {
        return new ScanLimits(8, 200_000, 4L * 1024 * 1024 * 1024, 256L * 1024 * 1024);
    }
}
