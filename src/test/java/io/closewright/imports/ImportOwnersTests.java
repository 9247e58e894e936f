package io.closewright.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportOwnersTests {

    @Test
    void makesMailboxNamesFromPeoplesNames() {
        assertThat(ImportOwners.slug("Moses Frase")).isEqualTo("moses.frase");
        assertThat(ImportOwners.slug("Zoë O'Brien-Núñez")).isEqualTo("zoe.o.brien.nunez");
        assertThat(ImportOwners.slug("00546000001l1cJAAQ")).isEqualTo("00546000001l1cjaaq");
        assertThat(ImportOwners.slug("!!!")).isEqualTo("owner");
    }
}
