package io.github.smimecheck.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResultDigestTest {

    @Test
    void nameBasedUuidMatchesReferenceValue() {
        // Reference value from Python 3: uuid.uuid5(uuid.NAMESPACE_URL, 'urn:smime-check:test')
        assertThat(ResultDigest.nameBasedUuid("urn:smime-check:test"))
                .isEqualTo(UUID.fromString("43e80709-69f6-5541-8ec3-0a1064b742a9"));
    }

    @Test
    void nameBasedUuidIsVersion5() {
        UUID uuid = ResultDigest.nameBasedUuid("anything");

        assertThat(uuid.version()).isEqualTo(5);
        assertThat(uuid.variant()).isEqualTo(2);
    }

    @Test
    void digestIsStable() {
        assertThat(ResultDigest.of(SampleResults.full())).isEqualTo(ResultDigest.of(SampleResults.full()));
    }

    @Test
    void digestDiffersBetweenResults() {
        assertThat(ResultDigest.of(SampleResults.full())).isNotEqualTo(ResultDigest.of(SampleResults.empty()));
    }
}
