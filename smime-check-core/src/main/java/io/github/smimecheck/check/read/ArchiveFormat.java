package io.github.smimecheck.check.read;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Archive formats, detected from their first bytes. */
public enum ArchiveFormat {

    /** ZIP and the Java archives built on it: JAR, WAR, EAR. */
    ZIP("ZIP"),
    /** POSIX ustar or GNU tar. */
    TAR("tar"),
    /** gzip, which contains a tar archive ({@code .tar.gz}, {@code .tgz}) or a single file. */
    GZIP("gzip");

    /** Bytes needed to detect every format: the tar magic ends at offset 263. */
    public static final int HEAD_BYTES = 512;

    private static final byte[] ZIP_LOCAL_FILE = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
    private static final byte[] GZIP_MAGIC = {(byte) 0x1f, (byte) 0x8b};
    private static final byte[] TAR_MAGIC = "ustar".getBytes(StandardCharsets.US_ASCII);
    private static final int TAR_MAGIC_OFFSET = 257;
    private static final String[] ZIP_NAMES = {".zip", ".jar", ".war", ".ear", ".aar", ".sar"};

    private final String displayName;

    ArchiveFormat(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * Detects the format from the first {@link #HEAD_BYTES} bytes or more of a file or entry. A
     * file named like a Java archive is treated as ZIP even when it does not start with a ZIP
     * header, such as a Spring Boot jar with a launch script in front. ZIP readers find its entries
     * from the central directory at the end.
     */
    public static Optional<ArchiveFormat> detect(Content head) {
        if (head.startsWith(ZIP_LOCAL_FILE) || head.startsWith(ZIP_EMPTY)) {
            return Optional.of(ZIP);
        }
        if (head.startsWith(GZIP_MAGIC)) {
            return Optional.of(GZIP);
        }
        if (isTar(head)) {
            return Optional.of(TAR);
        }
        boolean javaArchiveName = head.nameEndsWith(ZIP_NAMES);
        return javaArchiveName && head.bytes().length > 0 ? Optional.of(ZIP) : Optional.empty();
    }

    static boolean isTar(Content head) {
        return head.startsWithAt(TAR_MAGIC_OFFSET, TAR_MAGIC);
    }
}
