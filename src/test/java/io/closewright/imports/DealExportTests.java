package io.closewright.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DealExportTests {

    @Test
    void textsThatASpreadsheetWouldRunAreWrittenAsText() {
        assertThat(DealExport.safe("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(DealExport.safe("+1+1")).isEqualTo("'+1+1");
        assertThat(DealExport.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(DealExport.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(DealExport.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(DealExport.safe("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void otherTextsStayAsTheyAre() {
        assertThat(DealExport.safe("Acme = good")).isEqualTo("Acme = good");
        assertThat(DealExport.safe("")).isEmpty();
        assertThat(DealExport.safe(null)).isEmpty();
    }
}
