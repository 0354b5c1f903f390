package org.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CountryTableTest {

    private static final CountryTable TABLE = CountryTable.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan          | JPN | false
            Japanese       | JPN | false
            Tokyo          | JPN | true
            Americans      | USA | false
            U.S.           | USA | false
            Washington     | USA | true
            Ivory Coast    | CIV | false
            Kampuchean     | KHM | false
            United Nations | IGO | false
            NATO           | IGO | false
            Amnesty International | NGO | false
            """)
    void resolvesNamesDemonymsAndCapitals(String name, String code, boolean capital) {
        CountryTable.Entry e = TABLE.lookup(name);

        assertThat(e.code()).isEqualTo(code);
        assertThat(e.capital()).isEqualTo(capital);
    }

    @Test
    void listsEveryCountryOnceWithAnIsoAlpha3Code() throws Exception {
        List<String> codes;
        try (var in = CountryTable.class.getResourceAsStream("countries.tsv")) {
            codes = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("C\t")).map(l -> l.split("\t")[1]).toList();
        }

        assertThat(codes).hasSizeGreaterThanOrEqualTo(195).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z]{3}"));
    }

    @Test
    void findsLongestNamesOnWordBoundariesCaseSensitively() {
        String text = "South Korea and the US, but not us or USAID, met in Papua New Guinea.";

        assertThat(TABLE.find(text, 0, text.length())).extracting(CountryTable.Match::text)
                .containsExactly("South Korea", "US", "Papua New Guinea");
    }

    @Test
    void rejectsLinesWithTooFewColumns() {
        assertThatThrownBy(() -> CountryTable.parse(List.of("C\tXXX")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("countries.tsv line 1: expected at least 4 columns, got 2");
    }
}
