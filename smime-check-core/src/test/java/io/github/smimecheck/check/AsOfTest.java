package io.github.smimecheck.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsOfTest {

    @Test
    void dateIsStartOfDayUtc() {
        assertThat(AsOf.parse("2027-03-01")).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
    }

    @Test
    void instantIsKept() {
        assertThat(AsOf.parse("2027-03-01T12:30:00Z")).isEqualTo(Instant.parse("2027-03-01T12:30:00Z"));
    }

    @Test
    void surroundingSpaceIsIgnored() {
        assertThat(AsOf.parse(" 2027-03-01 ")).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankMeansClock(String text) {
        assertThat(AsOf.parse(text)).isNull();
    }

    @Test
    void nullMeansClock() {
        assertThat(AsOf.parse(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-02-29", "01.03.2027", "2027-03-01 12:00", "tomorrow"})
    void invalidValueIsRejectedWithBothForms(String text) {
        assertThatThrownBy(() -> AsOf.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid asOf '" + text + "'; expected a date such as 2027-03-01 (start of day UTC)"
                        + " or an instant such as 2027-03-01T12:00:00Z");
    }
}
