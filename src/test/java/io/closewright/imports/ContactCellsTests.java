package io.closewright.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContactCellsTests {

    @Test
    void readsHubSpotAssociationsWithTheirEmailsInBrackets() throws Exception {
        assertThat(ContactCells.read("Jane Doe (jane@acme.example); Bob Roe;  ; bob@acme.example", ""))
                .containsExactly(
                        new SourceContact("Jane Doe", "jane@acme.example"),
                        new SourceContact("Bob Roe", null),
                        new SourceContact("bob@acme.example", "bob@acme.example"));
    }

    @Test
    void givesTheEmailColumnToTheRowsOnlyContactOrMakesItTheContact() throws Exception {
        assertThat(ContactCells.read("Jane Doe", "jane@acme.example"))
                .containsExactly(new SourceContact("Jane Doe", "jane@acme.example"));
        assertThat(ContactCells.read("", "jane@acme.example"))
                .containsExactly(new SourceContact("jane@acme.example", "jane@acme.example"));
        assertThat(ContactCells.read("", "")).isEmpty();
    }

    @Test
    void namesTheSameContactOnceAndRefusesABadEmail() throws Exception {
        assertThat(ContactCells.read("Jane (JANE@acme.example); Janet (jane@acme.example)", ""))
                .containsExactly(new SourceContact("Jane", "JANE@acme.example"));
        assertThatThrownBy(() -> ContactCells.read("Jane", "not an email"))
                .isInstanceOf(ImportedValues.BadValue.class)
                .hasMessageContaining("is not an email");
        assertThatThrownBy(() -> ContactCells.read("x".repeat(201), ""))
                .isInstanceOf(ImportedValues.BadValue.class)
                .hasMessageContaining("longer than 200");
    }
}
