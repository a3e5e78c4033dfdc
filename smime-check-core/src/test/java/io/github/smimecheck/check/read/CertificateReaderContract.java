package io.github.smimecheck.check.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.smimecheck.check.ScanLimits;
import io.github.smimecheck.check.discovery.ContentDispatcher;
import io.github.smimecheck.check.inventory.Inventory;
import io.github.smimecheck.check.inventory.Location;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks every reader gets for free: it accepts its own format, reads it without problems, and on
 * truncated or garbled content it never throws and reports a problem at the content's location.
 * The reader is called directly, with the real dispatcher as its context, so a throw is not hidden.
 */
abstract class CertificateReaderContract {

    private static final String FILE = "sample.bin";

    /** Returns the reader under test. */
    abstract CertificateReader reader();

    /** Returns content in the reader's format that contains at least one certificate and opens without a password. */
    abstract byte[] validContent();

    @Test
    void acceptsValidContent() {
        assertThat(reader().accepts(content(validContent()))).isTrue();
    }

    @Test
    void readsValidContentWithoutProblems() {
        Inventory inventory = new Inventory();
        ContentDispatcher dispatcher = dispatcher(inventory);

        reader().read(content(validContent()), dispatcher);

        assertThat(inventory.size()).isPositive();
        assertThat(dispatcher.problems()).isEmpty();
    }

    @ParameterizedTest(name = "cut to {0}%")
    @ValueSource(ints = {10, 50, 90, 99})
    void truncatedContentIsProblemNotThrow(int percent) {
        byte[] valid = validContent();
        assertReportsWithoutThrowing(Arrays.copyOf(valid, valid.length * percent / 100));
    }

    @Test
    void garbageAfterHeaderIsProblemNotThrow() {
        byte[] garbled = validContent().clone();
        byte[] noise = new byte[garbled.length - 32];
        new Random(42).nextBytes(noise);
        System.arraycopy(noise, 0, garbled, 32, noise.length);

        assertReportsWithoutThrowing(garbled);
    }

    @Test
    void emptyContentIsNotAccepted() {
        assertThat(reader().accepts(content(new byte[0]))).isFalse();
    }

    @Test
    void randomBytesAreProblemNotThrow() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        assertReportsWithoutThrowing(noise);
    }

    private void assertReportsWithoutThrowing(byte[] bytes) {
        Content content = content(bytes);
        if (!reader().accepts(content)) {
            return;
        }
        ContentDispatcher dispatcher = dispatcher(new Inventory());

        assertThatCode(() -> reader().read(content, dispatcher)).doesNotThrowAnyException();
        assertThat(dispatcher.problems()).isNotEmpty();
        assertThat(dispatcher.problems()).allSatisfy(problem -> assertThat(problem.location().file()).isEqualTo(FILE));
    }

    private static Content content(byte[] bytes) {
        return new Content(Location.ofFile(FILE), bytes);
    }

    private static ContentDispatcher dispatcher(Inventory inventory) {
        return new ContentDispatcher(ReaderRegistry.allReaders(), inventory, ScanLimits.defaults(), PasswordSource.none());
    }
}
