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

    @Test
    void findsWhatTheRegularExpressionOfAllNamesFinds() {
        List<String> names = List.of("Japan", "Japanese", "U.S.", "United States", "United", "Washington", "Korea",
                "South Korea", "North Korea", "NATO", "Tokyo", "Ivory Coast", "China", "Chinese");
        java.util.Map<String, CountryTable.Entry> unused = new java.util.HashMap<>();
        List<String> lines = new java.util.ArrayList<>();
        for (String n : names) {
            lines.add("country\tXXX\t-\t" + n);
            unused.put(n, null);
        }
        CountryTable table = CountryTable.parse(lines);
        List<String> sorted = new java.util.ArrayList<>(names);
        sorted.sort(java.util.Comparator.comparingInt(String::length).reversed());
        java.util.regex.Pattern oracle = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}.])(?:"
                + String.join("|", sorted.stream().map(java.util.regex.Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");
        List<String> pieces = List.of("Japan", "Japanese", "U.S.", "United States", "South", "Korea", "North Korea", "NATO",
                "Tokyo", "Ivory", "Coast", "China", "Chinese", " ", " ", ", ", ".", "-", "x", "1", "é", "'s", "\n");
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String t = text.toString();
            int from = t.isEmpty() ? 0 : random.nextInt(t.length());
            int to = from + random.nextInt(t.length() - from + 1);
            List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = oracle.matcher(t).region(from, to);
            m.useTransparentBounds(true);
            while (m.find()) {
                expected.add(m.start() + ":" + m.group());
            }
            assertThat(table.find(t, from, to)).as("'%s' [%d, %d)", t, from, to)
                    .extracting(x -> x.start() + ":" + x.text()).containsExactlyElementsOf(expected);
        }
    }
}
