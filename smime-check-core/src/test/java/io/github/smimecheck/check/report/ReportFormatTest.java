package io.github.smimecheck.check.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void blankListSelectsEveryFormat() {
        assertThat(ReportFormat.parseList("")).isEqualTo(EnumSet.allOf(ReportFormat.class));
        assertThat(ReportFormat.parseList(null)).isEqualTo(EnumSet.allOf(ReportFormat.class));
    }

    @Test
    void listIsCaseInsensitiveAndTrimmed() {
        assertThat(ReportFormat.parseList(" Sarif, junit ,CYCLONEDX"))
                .containsExactly(ReportFormat.SARIF, ReportFormat.JUNIT, ReportFormat.CYCLONEDX);
    }

    @Test
    void unknownFormatNamesAllowedValues() {
        assertThatThrownBy(() -> ReportFormat.parseList("json,pdf"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format 'pdf'; allowed values are json, html, sarif, junit, cyclonedx");
    }

    @Test
    void unknownFormatHidesJavaEnum() {
        assertThatThrownBy(() -> ReportFormat.parseList("PDF"))
                .hasNoCause()
                .hasMessageNotContaining("No enum constant");
    }

    @Test
    void extensionIsFileSuffix() {
        assertThat(ReportFormat.SARIF.extension()).isEqualTo("sarif");
        assertThat(ReportFormat.JUNIT.extension()).isEqualTo("xml");
        assertThat(ReportFormat.CYCLONEDX.extension()).isEqualTo("json");
    }

    @Test
    void artifactTypesAreDistinct() {
        assertThat(EnumSet.allOf(ReportFormat.class)).extracting(ReportFormat::artifactType)
                .containsExactly("json", "html", "sarif", "xml", "cdx.json");
    }

    @Test
    void jsonFileNameMatchesJsonWriter() {
        assertThat(ReportFormat.JSON.fileName()).isEqualTo(JsonReportWriter.FILE_NAME);
    }
}
