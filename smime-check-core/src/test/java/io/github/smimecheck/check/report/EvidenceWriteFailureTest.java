package io.github.smimecheck.check.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceWriteFailureTest {

    @TempDir
    Path folder;

    @Test
    void fileInPlaceOfFolder() throws IOException {
        Path out = Files.writeString(folder.resolve("out"), "not a folder");

        IOException failure = catchThrowableOfType(IOException.class,
                () -> EvidenceWriter.allFormats().write(SampleResults.full(), out));

        assertThat(EvidenceWriteFailure.message(out, failure)).isEqualTo("smime-check could not write the evidence to "
                + out + ": a file, not a folder, is in the way (FileAlreadyExistsException); check that the folder"
                + " is writable");
    }

    @Test
    void fileInPlaceOfParentGivesReason() throws IOException {
        Path out = Files.writeString(folder.resolve("parent"), "not a folder").resolve("out");

        IOException failure = catchThrowableOfType(IOException.class,
                () -> EvidenceWriter.allFormats().write(SampleResults.full(), out));

        assertThat(EvidenceWriteFailure.message(out, failure)).isEqualTo("smime-check could not write the evidence to "
                + out + ": Not a directory (FileSystemException); check that the folder is writable");
    }

    @Test
    void missingFolderInWords() {
        Path out = Path.of("/proc/out");

        String message = EvidenceWriteFailure.message(out, new NoSuchFileException("/proc/out"));

        assertThat(message).isEqualTo("smime-check could not write the evidence to /proc/out: the folder does not"
                + " exist and could not be created (NoSuchFileException); check that the folder is writable");
    }

    @Test
    void deniedFileIsNamed() {
        Path out = Path.of("/srv/out");

        String message = EvidenceWriteFailure.message(out,
                new AccessDeniedException("/srv/out/smime-check-report.json"));

        assertThat(message).isEqualTo("smime-check could not write the evidence to /srv/out: permission denied on"
                + " /srv/out/smime-check-report.json (AccessDeniedException); check that the folder is writable");
    }
}
