package io.closewright.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.closewright.shared.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTests {

    @Test
    void readsUtf8WithAByteOrderMarkAndCrlfLines() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "id,name\r\n1,Zoë\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(body, 0, file, 3, body.length);

        CsvTable table = CsvTable.parse(file, "file", 10);

        assertThat(table.headers()).containsExactly("id", "name");
        assertThat(table.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(table.rows().get(0).values()).containsExactly("1", "Zoë");
    }

    @Test
    void readsIso88591WhenTheBytesAreNotUtf8() {
        CsvTable table =
                CsvTable.parse("id;name\n1;Société Générale\n".getBytes(StandardCharsets.ISO_8859_1), "file", 10);

        assertThat(table.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(table.delimiter()).isEqualTo(';');
        assertThat(table.rows().get(0).value(1)).isEqualTo("Société Générale");
    }

    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaksAndRowsKnowTheirLine() {
        String csv = "\"id\",\"name\"\n\"1\",\"Big, \"\"quoted\"\"\nand long\"\n\n\"2\",\"Next\"\n";

        CsvTable table = CsvTable.parse(csv.getBytes(StandardCharsets.UTF_8), "file", 10);

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).value(1)).isEqualTo("Big, \"quoted\"\nand long");
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(1).line()).isEqualTo(5);
    }

    @Test
    void detectsTabsAndPipesAndIgnoresDelimitersInsideQuotes() {
        assertThat(CsvTable.delimiter("a\tb\tc\n")).isEqualTo('\t');
        assertThat(CsvTable.delimiter("a|b|c\n")).isEqualTo('|');
        assertThat(CsvTable.delimiter("\"a;b;c;d\",e,f\n")).isEqualTo(',');
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        assertThatThrownBy(() -> CsvTable.parse("id\n1\n2\n3\n".getBytes(StandardCharsets.UTF_8), "file", 2))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("more than 2 rows");
    }

    @Test
    void findsColumnsIgnoringCaseSpacesAndUnderscores() {
        CsvTable table =
                CsvTable.parse("Opportunity_ID, Close Date \n1,2\n".getBytes(StandardCharsets.UTF_8), "file", 10);

        assertThat(table.column(List.of("opportunity id"))).isZero();
        assertThat(table.column(List.of("missing", "close_date"))).isEqualTo(1);
        assertThat(table.column(List.of("amount"))).isEqualTo(-1);
    }
}
