package io.github.smimecheck.check.read;

import static io.github.smimecheck.check.testing.TestArchives.entries;
import static io.github.smimecheck.check.testing.TestArchives.gzip;
import static io.github.smimecheck.check.testing.TestArchives.tar;
import static io.github.smimecheck.check.testing.TestArchives.zip;
import static io.github.smimecheck.check.testing.TestScans.certificateLocations;
import static io.github.smimecheck.check.testing.TestScans.onlyProblem;
import static io.github.smimecheck.check.testing.TestScans.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.ReadProblem;
import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.ScannedFile;
import io.github.smimecheck.check.inventory.Inventory;
import io.github.smimecheck.check.testing.TestCertificates;
import io.github.smimecheck.check.testing.TestKeystores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveReaderTest {

    private static final String ALICE = TestCertificates.smime().pem();
    private static final String BOB = TestCertificates.smime().subject("CN=bob@example.com").emails("bob@example.com")
            .pem();
    private static final String CAROL = TestCertificates.smime().subject("CN=carol@example.com")
            .emails("carol@example.com").pem();

    @TempDir
    Path folder;

    @Test
    void zipEntriesHaveEntryLocations() throws IOException {
        byte[] truststore = TestKeystores.of("JKS").trusted("bob", TestCertificates.toX509(der(BOB))).write("");
        Files.write(folder.resolve("app.zip"), zip(entries("certs/alice.pem", ALICE, "trust.jks", truststore)));

        ScanResult result = scan(folder);

        assertThat(certificateLocations(result))
                .containsExactly("app.zip > certs/alice.pem > block 1", "app.zip > trust.jks > alias \"bob\"");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void archivesNestToAnyDepth() throws IOException {
        byte[] jar = zip(entries("certs/alice.pem", ALICE));
        byte[] war = zip(entries("WEB-INF/lib/mail.jar", jar));
        Files.write(folder.resolve("bundle.tgz"), gzip(tar(entries("app.war", war))));

        assertThat(certificateLocations(scan(folder)))
                .containsExactly("bundle.tgz > app.war > WEB-INF/lib/mail.jar > certs/alice.pem > block 1");
    }

    @Test
    void plainTarIsRead() throws IOException {
        Files.write(folder.resolve("certs.tar"), tar(entries("alice.pem", ALICE)));

        assertThat(certificateLocations(scan(folder))).containsExactly("certs.tar > alice.pem > block 1");
    }

    @Test
    void gzippedFileIsOneEntry() throws IOException {
        Files.write(folder.resolve("alice.pem.gz"), gzip(ALICE.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));

        assertThat(certificateLocations(scan(folder))).containsExactly("alice.pem.gz > alice.pem > block 1");
    }

    @Test
    void archiveIsDetectedFromBytesNotName() throws IOException {
        Files.write(folder.resolve("bundle.bin"), zip(entries("alice.pem", ALICE)));

        assertThat(certificateLocations(scan(folder))).containsExactly("bundle.bin > alice.pem > block 1");
    }

    @Test
    void jarWithLaunchScriptIsRead() throws IOException {
        byte[] script = "#!/bin/sh\nexec java -jar \"$0\" \"$@\"\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] jar = zip(entries("BOOT-INF/classes/alice.pem", ALICE));
        byte[] executable = new byte[script.length + jar.length];
        System.arraycopy(script, 0, executable, 0, script.length);
        System.arraycopy(jar, 0, executable, script.length, jar.length);
        Files.write(folder.resolve("service.jar"), executable);

        assertThat(certificateLocations(scan(folder))).containsExactly("service.jar > BOOT-INF/classes/alice.pem > block 1");
    }

    @Test
    void traversalNameIsShownAsStored() throws IOException {
        Files.write(folder.resolve("evil.zip"), zip(entries("../../etc/alice.pem", ALICE)));

        ScanResult result = scan(folder);

        assertThat(certificateLocations(result)).containsExactly("evil.zip > ../../etc/alice.pem > block 1");
        assertThat(folder.resolveSibling("etc")).doesNotExist();
    }

    @Test
    void tooDeepArchiveIsLimitProblem() throws IOException {
        byte[] inner = zip(entries("alice.pem", ALICE));
        Files.write(folder.resolve("outer.zip"), zip(entries("bob.pem", BOB, "inner.zip", inner)));

        ScanResult result = scan(folder, options -> options.limits(new ScanLimits(1, 100, 1_000_000, 1_000_000)));
        ReadProblem problem = onlyProblem(result);

        assertThat(certificateLocations(result)).containsExactly("outer.zip > bob.pem > block 1");
        assertThat(problem.location().display()).isEqualTo("outer.zip > inner.zip > alice.pem");
        assertThat(problem.finding().code()).isEqualTo("scan.limit.exceeded");
        assertThat(problem.finding().message()).isEqualTo("archive entry is nested 2 levels deep; the limit is 1"
                + " (smime.maxDepth), so this archive's entries are not read; raise the limit or flatten the artifact");
    }

    @Test
    void entryLimitStopsArchiveButNotScan() throws IOException {
        Files.write(folder.resolve("a.zip"), zip(entries("alice.pem", ALICE, "bob.pem", BOB, "carol.pem", CAROL)));
        Files.writeString(folder.resolve("z.pem"), CAROL);

        ScanResult result = scan(folder, options -> options.limits(new ScanLimits(8, 2, 1_000_000, 1_000_000)));
        ReadProblem problem = onlyProblem(result);

        assertThat(certificateLocations(result))
                .containsExactly("a.zip > alice.pem > block 1", "a.zip > bob.pem > block 1", "z.pem > block 1");
        assertThat(problem.location().display()).isEqualTo("a.zip > carol.pem");
        assertThat(problem.finding().message()).isEqualTo("more than 2 archive entries in this scan"
                + " (smime.maxEntries), so the rest of this archive is not read; raise the limit to read it");
    }

    @Test
    void entriesExactlyAtLimitAreRead() throws IOException {
        Files.write(folder.resolve("a.zip"), zip(entries("alice.pem", ALICE, "bob.pem", BOB)));

        ScanResult result = scan(folder, options -> options.limits(new ScanLimits(8, 2, 1_000_000, 1_000_000)));

        assertThat(certificateLocations(result)).hasSize(2);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void entryExactlyAtSizeLimitIsRead() throws IOException {
        byte[] alice = ALICE.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Files.write(folder.resolve("a.zip"), zip(entries("alice.pem", alice)));

        ScanResult atLimit = scan(folder, options -> options.limits(new ScanLimits(8, 100, 1_000_000, alice.length)));
        ScanResult belowLimit = scan(folder, options -> options.limits(
                new ScanLimits(8, 100, 1_000_000, alice.length - 1)));

        assertThat(certificateLocations(atLimit)).containsExactly("a.zip > alice.pem > block 1");
        assertThat(atLimit.problems()).isEmpty();
        assertThat(belowLimit.certificates()).isEmpty();
        assertThat(onlyProblem(belowLimit).finding().code()).isEqualTo("scan.limit.exceeded");
    }

    @Test
    void inflatedBytesLimitStopsArchive() throws IOException {
        Files.write(folder.resolve("a.zip"), zip(entries("alice.pem", ALICE, "bob.pem", BOB)));

        ScanResult result = scan(folder, options -> options.limits(
                new ScanLimits(8, 100, ALICE.length() + 10, 1_000_000)));

        assertThat(certificateLocations(result)).containsExactly("a.zip > alice.pem > block 1");
        assertThat(onlyProblem(result).location().display()).isEqualTo("a.zip > bob.pem");
        assertThat(onlyProblem(result).finding().message()).startsWith("more than " + (ALICE.length() + 10)
                + " bytes inflated from archives in this scan (smime.maxInflatedBytes)");
    }

    @Test
    void oversizedEntryIsSkippedOthersRead() throws IOException {
        byte[] big = new byte[200_000];
        Files.write(folder.resolve("a.zip"), zip(entries("big.bin", big, "alice.pem", ALICE)));

        ScanResult result = scan(folder, options -> options.limits(new ScanLimits(8, 100, 10_000_000, 100_000)));

        assertThat(certificateLocations(result)).containsExactly("a.zip > alice.pem > block 1");
        assertThat(onlyProblem(result).location().display()).isEqualTo("a.zip > big.bin");
        assertThat(onlyProblem(result).finding().message()).isEqualTo("archive entry is larger than 100000 bytes"
                + " (smime.maxFileBytes), so it is not read; raise the limit to read it");
    }

    @Test
    void zipBombEntryIsSkippedOthersRead() throws IOException {
        byte[] zeros = new byte[8 * 1024 * 1024];
        Files.write(folder.resolve("bomb.zip"), zip(entries("zeros.bin", zeros, "alice.pem", ALICE)));

        ScanResult result = scan(folder);

        assertThat(certificateLocations(result)).containsExactly("bomb.zip > alice.pem > block 1");
        assertThat(onlyProblem(result).location().display()).isEqualTo("bomb.zip > zeros.bin");
        assertThat(onlyProblem(result).finding().code()).isEqualTo("scan.limit.exceeded");
        assertThat(onlyProblem(result).finding().message()).startsWith("archive entry inflates to more than 100"
                + " times its compressed size (").contains("which looks like a zip bomb");
    }

    @Test
    void corruptEntryIsSkippedOthersRead() throws IOException {
        byte[] archive = zip(entries("alice.pem", ALICE, "bob.pem", BOB));
        int nameLength = "alice.pem".length();
        archive[30 + nameLength] = (byte) 0xff;
        Files.write(folder.resolve("broken.zip"), archive);

        ScanResult result = scan(folder);
        ReadProblem problem = onlyProblem(result);

        assertThat(certificateLocations(result)).containsExactly("broken.zip > bob.pem > block 1");
        assertThat(problem.location().display()).isEqualTo("broken.zip > alice.pem");
        assertThat(problem.finding().code()).isEqualTo("scan.content.invalid");
        assertThat(problem.finding().message()).startsWith("archive entry is corrupt (")
                .endsWith("), so it is skipped; rebuild the archive");
    }

    @Test
    void encryptedEntryIsSkippedOthersRead() throws IOException {
        byte[] archive = zip(entries("alice.pem", ALICE, "bob.pem", BOB));
        archive[6] |= 1;
        int centralDirectory = indexOf(archive, new byte[] {'P', 'K', 1, 2});
        archive[centralDirectory + 8] |= 1;
        Files.write(folder.resolve("locked.zip"), archive);

        ScanResult result = scan(folder);
        ReadProblem problem = onlyProblem(result);

        assertThat(certificateLocations(result)).containsExactly("locked.zip > bob.pem > block 1");
        assertThat(problem.location().display()).isEqualTo("locked.zip > alice.pem");
        assertThat(problem.finding().code()).isEqualTo("scan.content.invalid");
        assertThat(problem.finding().message()).isEqualTo("archive entry is encrypted, so it is skipped; repackage"
                + " the archive without encryption, with entries stored or deflated");
    }

    @Test
    void truncatedZipIsContentProblem() throws IOException {
        byte[] archive = zip(entries("alice.pem", ALICE));
        Files.write(folder.resolve("cut.zip"), java.util.Arrays.copyOf(archive, archive.length / 2));

        ReadProblem problem = onlyProblem(scan(folder));

        assertThat(problem.location().display()).isEqualTo("cut.zip");
        assertThat(problem.finding().code()).isEqualTo("scan.content.invalid");
        assertThat(problem.finding().message()).startsWith("ZIP archive could not be read (")
                .endsWith("check that the file is not truncated or corrupt and rebuild it");
    }

    @Test
    void archiveLargerThanFileLimitIsStreamed() throws IOException {
        byte[] noise = new byte[200_000];
        new java.util.Random(7).nextBytes(noise);
        byte[] archive = zip(entries("noise1.bin", noise, "noise2.bin", noise, "alice.pem", ALICE));
        Files.write(folder.resolve("big.zip"), archive);

        ScanResult result = scan(folder, options -> options.limits(new ScanLimits(8, 100, 10_000_000, 250_000)));

        assertThat(archive.length).isGreaterThan(250_000);
        assertThat(certificateLocations(result)).containsExactly("big.zip > alice.pem > block 1");
        assertThat(result.problems()).isEmpty();
        assertThat(result.inputs()).containsExactly(
                new ScannedFile("big.zip", archive.length, Inventory.sha256Hex(archive)));
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }

    private static byte[] der(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return java.util.Base64.getDecoder().decode(base64);
    }
}
