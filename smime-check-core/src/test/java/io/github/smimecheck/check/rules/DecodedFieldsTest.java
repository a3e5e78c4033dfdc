package io.github.smimecheck.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.smimecheck.check.testing.TestCertificates;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.DERUTCTime;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Time;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecodedFieldsTest {

    @ParameterizedTest(name = "UTCTime {0}")
    @CsvSource({
        "491231235959Z, 2049-12-31T23:59:59Z",
        "500101000000Z, 1950-01-01T00:00:00Z",
        "260101000000Z, 2026-01-01T00:00:00Z"})
    void readsUtcTime(String text, String expected) {
        assertThat(DecodedFields.instant(new Time(new DERUTCTime(text)))).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "GeneralizedTime {0}")
    @CsvSource({
        "20500101000000Z, 2050-01-01T00:00:00Z",
        "20491231235959Z, 2049-12-31T23:59:59Z",
        "20500101000000.5Z, 2050-01-01T00:00:00.500Z"})
    void readsGeneralizedTime(String text, String expected) {
        assertThat(DecodedFields.instant(new Time(new ASN1GeneralizedTime(text)))).isEqualTo(Instant.parse(expected));
    }

    @Test
    void returnsNullForAbsentExtension() {
        DecodedFields fields = new DecodedFields(TestCertificates.smime().build());

        assertThat(fields.extensionValue(Extension.qCStatements)).isNull();
    }

    @Test
    void decodesExtensionOnce() {
        DecodedFields fields = new DecodedFields(TestCertificates.smime().build());

        assertThat(fields.extensionValue(Extension.keyUsage)).isSameAs(fields.extensionValue(Extension.keyUsage));
    }

    @Test
    void keepsRejectingUndecodableExtension() {
        DecodedFields fields = new DecodedFields(TestCertificates.smime()
                .rawExtension(Extension.keyUsage, true, new byte[] {0x30, 0x05, 0x01}).build());

        assertThatThrownBy(() -> fields.extensionValue(Extension.keyUsage)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fields.extensionValue(Extension.keyUsage)).isInstanceOf(IllegalArgumentException.class);
    }
}
