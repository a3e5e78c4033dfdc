package io.github.smimecheck.check.discovery;

import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.inventory.Location;
import io.github.smimecheck.check.read.ReadContext;
import io.github.smimecheck.check.read.ReadProblems;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Reads archive entries into memory within the scan limits: entries and inflated bytes across the
 * scan, the size of one entry, nesting depth and compression ratio. Each limit hit is reported as
 * {@code scan.limit.exceeded} naming the entry, the value found, the limit and the option to raise.
 */
final class ArchiveBudget {

    /** Entries smaller than this are never rejected for their ratio, so tiny highly compressible files pass. */
    static final long RATIO_CHECK_FROM_BYTES = 1024 * 1024;

    private static final int CHUNK = 64 * 1024;

    private final ScanLimits limits;
    private long entries;
    private long inflatedBytes;

    ArchiveBudget(ScanLimits limits) {
        this.limits = limits;
    }

    /** The result of reading one entry: its bytes, or none because it was skipped or the archive stopped. */
    record EntryRead(Optional<byte[]> bytes, boolean stopArchive) {
        static final EntryRead SKIPPED = new EntryRead(Optional.empty(), false);
        static final EntryRead STOPPED = new EntryRead(Optional.empty(), true);
    }

    EntryRead read(Location location, InputStream entry, LongSupplier compressedBytes, ReadContext problems)
            throws IOException {
        if (location.depth() > limits.maxDepth()) {
            problems.problem(location, ReadProblems.LIMIT_EXCEEDED, "archive entry is nested " + location.depth()
                    + " levels deep; the limit is " + limits.maxDepth() + " (smime.maxDepth), so this archive's"
                    + " entries are not read; raise the limit or flatten the artifact");
            return EntryRead.STOPPED;
        }
        entries++;
        if (entries > limits.maxEntries()) {
            problems.problem(location, ReadProblems.LIMIT_EXCEEDED, "more than " + limits.maxEntries()
                    + " archive entries in this scan (smime.maxEntries), so the rest of this archive is not read;"
                    + " raise the limit to read it");
            return EntryRead.STOPPED;
        }
        return readBounded(location, entry, compressedBytes, problems);
    }

    private EntryRead readBounded(Location location, InputStream entry, LongSupplier compressedBytes,
                                ReadContext problems) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        long size = 0;

        for (int read = entry.read(chunk); read != -1; read = entry.read(chunk)) {
            size += read;
            inflatedBytes += read;
            if (size > limits.maxFileBytes()) {
                problems.problem(location, ReadProblems.LIMIT_EXCEEDED, "archive entry is larger than "
                        + limits.maxFileBytes() + " bytes (smime.maxFileBytes), so it is not read; raise the limit"
                        + " to read it");
                return EntryRead.SKIPPED;
            }
            if (inflatedBytes > limits.maxInflatedBytes()) {
                problems.problem(location, ReadProblems.LIMIT_EXCEEDED, "more than " + limits.maxInflatedBytes()
                        + " bytes inflated from archives in this scan (smime.maxInflatedBytes), so the rest of this"
                        + " archive is not read; raise the limit to read it");
                return EntryRead.STOPPED;
            }
            if (ratioExceeded(size, compressedBytes.getAsLong())) {
                problems.problem(location, ReadProblems.LIMIT_EXCEEDED, "archive entry inflates to more than "
                        + limits.maxCompressionRatio() + " times its compressed size (" + size + " bytes from "
                        + compressedBytes.getAsLong() + "), which looks like a zip bomb, so it is not read; raise"
                        + " smime.maxCompressionRatio if the entry is genuine");
                return EntryRead.SKIPPED;
            }
            out.write(chunk, 0, read);
        }
        return new EntryRead(Optional.of(out.toByteArray()), false);
    }

    private boolean ratioExceeded(long inflated, long compressed) {
        return inflated >= RATIO_CHECK_FROM_BYTES && compressed > 0
                && inflated / compressed > limits.maxCompressionRatio();
    }
}
