package io.github.smimecheck.check.read;

import io.github.smimecheck.check.inventory.Location;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.LongSupplier;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads ZIP (JAR, WAR, EAR), tar and gzip archives without unpacking them to disk, and hands
 * every regular entry to {@link ReadContext#archiveEntry}, which enforces the limits and reads the
 * entry as nested content, so archives nest to any depth. ZIP is read through its central
 * directory (what the JVM's class loaders use too), so one corrupt entry does not hide the others.
 * Tar and gzip are read as streams. Entry names are shown as stored, including {@code ../}.
 */
public final class ArchiveReader implements CertificateReader {

    @Override
    public boolean accepts(Content content) {
        return ArchiveFormat.detect(content).isPresent();
    }

    @Override
    public void read(Content content, ReadContext context) {
        ArchiveFormat format = ArchiveFormat.detect(content).orElseThrow();
        try {
            switch (format) {
                case ZIP -> readZip(new SeekableInMemoryByteChannel(content.bytes()), content.location(), context);
                case TAR -> readTar(new ByteArrayInputStream(content.bytes()), () -> -1, content.location(), context);
                case GZIP -> readGzip(new ByteArrayInputStream(content.bytes()), content.location(), context);
            }
        } catch (IOException e) {
            reportUnreadable(format, content.location(), e, context);
        }
    }

    /** Reads an archive file straight from disk, so a large artifact is never held in memory whole. */
    public void readFile(Path file, ArchiveFormat format, Location location, ReadContext context) {
        try {
            if (format == ArchiveFormat.ZIP) {
                readZip(Files.newByteChannel(file), location, context);
                return;
            }
            try (InputStream input = new BufferedInputStream(Files.newInputStream(file))) {
                if (format == ArchiveFormat.TAR) {
                    readTar(input, () -> -1, location, context);
                } else {
                    readGzip(input, location, context);
                }
            }
        } catch (IOException e) {
            reportUnreadable(format, location, e, context);
        }
    }

    // NOTE: ZipFile loads the whole central directory before the entry limit is checked, so a
    // crafted archive with millions of tiny entries costs memory in proportion to its own size.
    private static void readZip(SeekableByteChannel channel, Location location, ReadContext context)
            throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (!readZipEntry(zip, entry, location.entry(entry.getName()), context)) {
                    return;
                }
            }
        } finally {
            channel.close();
        }
    }

    /** Returns false when the rest of the archive must not be read. */
    private static boolean readZipEntry(ZipFile zip, ZipArchiveEntry entry, Location location, ReadContext context) {
        if (!zip.canReadEntryData(entry)) {
            String reason = entry.getGeneralPurposeBit().usesEncryption() ? "is encrypted"
                    : "uses compression method " + entry.getMethod() + ", which cannot be read";
            context.problem(location, ReadProblems.CONTENT_INVALID, "archive entry " + reason + ", so it is skipped;"
                    + " repackage the archive without encryption, with entries stored or deflated");
            return true;
        }
        try (InputStream input = zip.getInputStream(entry)) {
            return context.archiveEntry(location, input, entry::getCompressedSize);
        } catch (IOException | RuntimeException e) {
            context.problem(location, ReadProblems.CONTENT_INVALID, "archive entry is corrupt ("
                    + ReadProblems.reason(e) + "), so it is skipped; rebuild the archive");
            return true;
        }
    }

    /** Reads tar entries; {@code compressedCount} is the gzip stream's compressed count, or -1 for plain tar. */
    private static void readTar(InputStream input, LongSupplier compressedCount, Location location, ReadContext context)
            throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(input);
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            if (!entry.isFile()) {
                continue;
            }
            long start = compressedCount.getAsLong();
            LongSupplier used = start < 0 ? () -> -1 : () -> compressedCount.getAsLong() - start;
            if (!context.archiveEntry(location.entry(entry.getName()), tar, used)) {
                return;
            }
        }
    }

    /** Reads a gzip stream: a tar archive inside is read entry by entry, any other content as one entry. */
    private static void readGzip(InputStream input, Location location, ReadContext context) throws IOException {
        GzipCompressorInputStream gzip = GzipCompressorInputStream.builder().setInputStream(input)
                .setDecompressConcatenated(true).get();
        BufferedInputStream inflated = new BufferedInputStream(gzip, ArchiveFormat.HEAD_BYTES * 16);
        inflated.mark(ArchiveFormat.HEAD_BYTES);
        byte[] head = inflated.readNBytes(ArchiveFormat.HEAD_BYTES);
        inflated.reset();

        if (ArchiveFormat.isTar(new Content(location, head))) {
            readTar(inflated, gzip::getCompressedCount, location, context);
        } else {
            context.archiveEntry(location.entry(gunzippedName(location.leafName())), inflated, gzip::getCompressedCount);
        }
    }

    /** Returns the name of a gzip file's content: {@code certs.pem.gz} contains {@code certs.pem}. */
    static String gunzippedName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".gz") || lower.endsWith(".gzip")) {
            return name.substring(0, name.lastIndexOf('.'));
        }
        return lower.endsWith(".tgz") ? name.substring(0, name.length() - 4) + ".tar" : name + " (gunzipped)";
    }

    private static void reportUnreadable(ArchiveFormat format, Location location, IOException e, ReadContext context) {
        context.problem(location, ReadProblems.CONTENT_INVALID, format.displayName() + " archive could not be read ("
                + ReadProblems.reason(e) + "), so some of its entries may be missing; check that the file is not"
                + " truncated or corrupt and rebuild it");
    }
}
