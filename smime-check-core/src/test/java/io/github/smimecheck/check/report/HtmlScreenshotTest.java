package io.github.smimecheck.check.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report with headless Chromium and checks that a real page image comes out.
 * Runs when {@code /usr/bin/chromium} exists, fails without it under {@code CI=true}, and is
 * skipped otherwise.
 */
class HtmlScreenshotTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 2000;

    /**
     * Smallest PNG accepted as a rendered page. With Debian's Chromium 156 a blank 1280x2000 page
     * measured 11.6 KB and the sample report about 320 KB.
     */
    private static final long MIN_PNG_BYTES = 50_000;

    @TempDir
    Path folder;

    @Test
    void chromiumRendersReport() throws Exception {
        requireChromium();
        Path html = new HtmlReportWriter().write(SampleResults.full(), folder);
        Path png = folder.resolve("report.png");

        Process chromium = new ProcessBuilder(command(html, png)).redirectErrorStream(true)
                .redirectOutput(folder.resolve("chromium.log").toFile()).start();
        if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            fail("Chromium did not finish within 120 seconds; see " + folder.resolve("chromium.log"));
        }

        assertThat(png).as("Chromium log: %s", Files.readString(folder.resolve("chromium.log"))).exists();
        assertThat(Files.size(png)).isGreaterThan(MIN_PNG_BYTES);
        int[] size = pngSize(png);
        assertThat(size[0]).isEqualTo(WIDTH);
        assertThat(size[1]).isEqualTo(HEIGHT);
    }

    private void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(CHROMIUM + " is missing; install it with 'apt-get install -y chromium' before running the tests in CI");
        }
        Assumptions.abort(CHROMIUM + " is missing; skipping the HTML screenshot test (install Debian's chromium to run it)");
    }

    private List<String> command(Path html, Path png) {
        return List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + folder.resolve("profile"), "--window-size=" + WIDTH + "," + HEIGHT,
                "--screenshot=" + png, html.toUri().toString());
    }

    /** Returns width and height from the PNG signature and IHDR chunk. */
    private static int[] pngSize(Path png) throws IOException {
        try (InputStream input = Files.newInputStream(png); DataInputStream data = new DataInputStream(input)) {
            long signature = data.readLong();
            assertThat(signature).as("PNG signature").isEqualTo(0x89504E470D0A1A0AL);
            data.readInt();
            assertThat(data.readInt()).as("IHDR chunk type").isEqualTo(0x49484452);
            return new int[] {data.readInt(), data.readInt()};
        }
    }
}
