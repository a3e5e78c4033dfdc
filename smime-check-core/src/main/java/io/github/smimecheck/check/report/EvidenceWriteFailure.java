package io.github.smimecheck.check.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The message front ends fail with when the evidence cannot be written. It states the reason in
 * words, because the message of a {@link FileSystemException} without a reason is only the path.
 */
public final class EvidenceWriteFailure {

    private EvidenceWriteFailure() {
    }

    /**
     * Describes a failed write, for example {@code smime-check could not write the evidence to
     * /proc/out: the folder does not exist and could not be created (NoSuchFileException); check
     * that the folder is writable}.
     */
    public static String message(Path folder, IOException e) {
        return "smime-check could not write the evidence to " + folder + ": " + reason(folder, e) + " ("
                + e.getClass().getSimpleName() + "); check that the folder is writable";
    }

    private static String reason(Path folder, IOException e) {
        if (!(e instanceof FileSystemException failure)) {
            return e.getMessage() == null ? "input/output error" : e.getMessage();
        }
        String where = failure.getFile() == null || Path.of(failure.getFile()).equals(folder)
                ? "" : " on " + failure.getFile();
        return words(failure) + where;
    }

    private static String words(FileSystemException failure) {
        if (failure instanceof NoSuchFileException) {
            return "the folder does not exist and could not be created";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileAlreadyExistsException || failure instanceof NotDirectoryException) {
            return "a file, not a folder, is in the way";
        }
        return failure.getReason() == null ? "the file system rejected the write" : failure.getReason();
    }
}
