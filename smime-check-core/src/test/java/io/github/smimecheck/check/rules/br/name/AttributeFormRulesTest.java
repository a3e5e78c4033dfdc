package io.github.smimecheck.check.rules.br.name;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.Rule;
import io.github.smimecheck.check.testing.TestCertificates;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERT61String;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AttributeFormRulesTest {

    private static final String TOO_LONG = "smbr.subject.attribute_too_long";
    private static final String ENCODING = "smbr.subject.attribute_encoding_invalid";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("common name at 64", new AttributeLengthRule(), BCStyle.CN, utf8("a".repeat(64)), List.of()),
                Arguments.of("common name at 65", new AttributeLengthRule(), BCStyle.CN, utf8("a".repeat(65)),
                        List.of(TOO_LONG)),
                Arguments.of("common name of 64 kanji", new AttributeLengthRule(), BCStyle.CN, utf8("山".repeat(64)),
                        List.of()),
                Arguments.of("locality at 128", new AttributeLengthRule(), BCStyle.L, utf8("a".repeat(128)), List.of()),
                Arguments.of("locality at 129", new AttributeLengthRule(), BCStyle.L, utf8("a".repeat(129)),
                        List.of(TOO_LONG)),
                Arguments.of("country of three letters", new AttributeLengthRule(), BCStyle.C,
                        new DERPrintableString("DEU"), List.of(TOO_LONG)),
                Arguments.of("street without bound", new AttributeLengthRule(), BCStyle.STREET, utf8("a".repeat(500)),
                        List.of()),
                Arguments.of("common name utf8", new AttributeEncodingRule(), BCStyle.CN, utf8("Alice"), List.of()),
                Arguments.of("common name printable", new AttributeEncodingRule(), BCStyle.CN,
                        new DERPrintableString("Alice"), List.of()),
                Arguments.of("common name bmp", new AttributeEncodingRule(), BCStyle.CN, new DERBMPString("Alice"),
                        List.of(ENCODING)),
                Arguments.of("organization teletex", new AttributeEncodingRule(), BCStyle.O, new DERT61String("Acme"),
                        List.of(ENCODING)),
                Arguments.of("country utf8", new AttributeEncodingRule(), BCStyle.C, utf8("DE"), List.of(ENCODING)),
                Arguments.of("serial number utf8", new AttributeEncodingRule(), BCStyle.SERIALNUMBER, utf8("42"),
                        List.of(ENCODING)),
                Arguments.of("description bmp ignored", new AttributeEncodingRule(), BCStyle.DESCRIPTION,
                        new DERBMPString("x"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExpectedCodes(String name, Rule rule, ASN1ObjectIdentifier type, ASN1Encodable value,
            List<String> expected) {
        TestCertificates certificate = TestCertificates.smime()
                .subject(new X500NameBuilder().addRDN(type, value).build());

        assertThat(RuleCheck.codes(rule, certificate)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void lengthMessageNamesLengthAndMaximum() {
        TestCertificates certificate = TestCertificates.smime()
                .subject(new X500NameBuilder().addRDN(BCStyle.CN, utf8("a".repeat(70))).build());

        List<Finding> findings = RuleCheck.findings(new AttributeLengthRule(), certificate);

        assertThat(findings).extracting(Finding::message).singleElement().asString()
                .contains("70 characters", "maximum is 64");
    }

    private static DERUTF8String utf8(String value) {
        return new DERUTF8String(value);
    }
}
