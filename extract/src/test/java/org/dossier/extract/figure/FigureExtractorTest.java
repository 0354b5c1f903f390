package org.dossier.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dossier.model.fact.Figure;
import org.dossier.model.nlp.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FigureExtractorTest {

    private final FigureExtractor extractor = new FigureExtractor();

    private List<Figure> extract(String text) {
        return extractor.extract("doc", text, TestSentences.split(text));
    }

    private Figure only(String text) {
        List<Figure> figures = extract(text);
        assertThat(figures).as("figures of: %s", text).hasSize(1);
        return figures.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan requested a record-high $59 billion for 2025.         | $59 billion             | 5.9e10   | USD
            Nippon Steel made a $14.9 billion offer to purchase it.      | $14.9 billion           | 1.49e10  | USD
            Japan has a $68.5 billion trade surplus with the US.         | $68.5 billion           | 6.85e10  | USD
            The deficit with China was $295.4 billion last year.         | $295.4 billion          | 2.954e11 | USD
            Investment could reach $1 trillion soon.                     | $1 trillion             | 1e12     | USD
            The firm paid US$3 million for the site.                     | US$3 million            | 3e6      | USD
            The ministry set aside ¥1.2 trillion for the program.        | ¥1.2 trillion           | 1.2e12   | JPY
            The ministry set aside 1.2 trillion yen for the program.     | 1.2 trillion yen        | 1.2e12   | JPY
            The fund holds €40 million in bonds.                         | €40 million             | 4e7      | EUR
            The club paid £85 million for the striker.                   | £85 million             | 8.5e7    | GBP
            The grant is EUR 5 million in total.                         | EUR 5 million           | 5e6      | EUR
            The grant is 5 million euros in total.                       | 5 million euros         | 5e6      | EUR
            The deal is worth $1.5bn to the company.                     | $1.5bn                  | 1.5e9    | USD
            The deal is worth $300m to the company.                      | $300m                   | 3e8      | USD
            Sales reached 12 billion US dollars in May.                  | 12 billion US dollars   | 1.2e10   | USD
            """)
    void readsMoney(String sentence, String evidence, double value, String unit) {
        Figure f = only(sentence);
        assertThat(f.evidence().text()).isEqualTo(evidence);
        assertThat(f.low()).isCloseTo(value, within(1e-3));
        assertThat(f.high()).isEqualTo(f.low());
        assertThat(f.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Spending will rise to 2 percent of GDP.                      | 2 percent               | 2    | 2
            Spending will rise to 2% of GDP.                             | 2%                      | 2    | 2
            The share fell to 6.7 percent in 2023.                       | 6.7 percent             | 6.7  | 6.7
            The share was 65.5 per cent of trade in 1991.                | 65.5 per cent           | 65.5 | 65.5
            Costs have increased by 20 to 60 percent since then.         | 20 to 60 percent        | 20   | 60
            Costs have increased by 20-60% since then.                   | 20-60%                  | 20   | 60
            Growth will be between 2 and 3 percent next year.            | between 2 and 3 percent | 2    | 3
            """)
    void readsPercentagesAndTheirRanges(String sentence, String evidence, double low, double high) {
        Figure f = only(sentence);
        assertThat(f.evidence().text()).isEqualTo(evidence);
        assertThat(f.low()).isEqualTo(low);
        assertThat(f.high()).isEqualTo(high);
        assertThat(f.unit()).isEqualTo("percent");
    }

    @Test
    void readsAMoneyRangeAsOneFigureCoveringTheWholePhrase() {
        String text = "Ishiba pledged to increase Japanese investment in the US from $800 billion to $1 trillion.";
        Figure f = only(text);
        assertThat(f.evidence().text()).isEqualTo("from $800 billion to $1 trillion");
        assertThat(f.low()).isEqualTo(8e11);
        assertThat(f.high()).isEqualTo(1e12);
        assertThat(f.unit()).isEqualTo("USD");
        assertThat(text.substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().text());
    }

    @Test
    void takesTheScaleOfTheHighEndForABareLowEnd() {
        Figure f = only("The project will cost $5 to 10 billion over a decade.");
        assertThat(f.low()).isEqualTo(5e9);
        assertThat(f.high()).isEqualTo(1e10);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan supports nearly one million American jobs today.       | one million American jobs | 1e6    | jobs
            The plant employs 529,000 workers in total.                  | 529,000 workers           | 529000 | workers
            The Pentagon will send 3,000 troops to the region.           | 3,000 troops              | 3000   | troops
            The storm killed 12 people on Sunday.                        | 12 people                 | 12     | people
            The company will add two hundred thousand new jobs.          | two hundred thousand new jobs | 200000 | jobs
            About a dozen lawmakers attended the meeting.                | a dozen lawmakers         | 12     | lawmakers
            """)
    void readsCountsOfACountedNoun(String sentence, String evidence, double value, String unit) {
        Figure f = only(sentence);
        assertThat(f.evidence().text()).isEqualTo(evidence);
        assertThat(f.low()).isEqualTo(value);
        assertThat(f.unit()).isEqualTo(unit);
    }

    @Test
    void readsAParenthesizedNumberAsACountOfTheNearestCountedNounBefore() {
        List<Figure> figures = extract(
                "Japan supports nearly one million American jobs, with more than half (529,000) in manufacturing.");
        assertThat(figures).extracting(f -> f.evidence().text()).containsExactly("one million American jobs", "(529,000)");
        assertThat(figures.get(1).low()).isEqualTo(529000);
        assertThat(figures.get(1).unit()).isEqualTo("jobs");
    }

    @Test
    void leavesAParenthesizedNumberAloneWithoutACountedNounBefore() {
        assertThat(extract("The index rose sharply (529,000) in manufacturing.")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The plan runs to fiscal year 2027 and beyond.",
            "Trade friction peaked in 1991 between the two.",
            "Ishiba will be the second foreign leader to visit.",
            "Japan came in seventh on the list.",
            "He finished 2nd in the race.",
            "The leaders met on February 7 at the White House.",
            "Trump took office on Jan. 20 after the election.",
            "The story was updated at 16:09 JST on Friday.",
            "They reaffirmed Article 5 of the Security Treaty.",
            "They will hold a 2+2 meeting of ministers.",
            "Call 555-123-4567 for details.",
            "Ishiba had three goals for this visit.",
            "The alliance has been in place for more than 80 years.",
            "Q1: Why the rush to engage President Trump?",
            "It will (1) transfer technology and (2) strengthen production.",
            "This is Trump 2.0 in action.",
            "The 2015 Legislation for Peace and Security remains.",
            "Article 12 members agreed.",
    })
    void findsNoFigureIn(String sentence) {
        assertThat(extract(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nippon Steel made a $14.9 billion offer to purchase US Steel, citing security.     | offer to purchase US Steel
            Trump wants to resolve Japan's $68.5 billion trade surplus with the United States. | trade surplus
            The objective is to boost defense outlays to approximately 2 percent of GDP.       | GDP
            Japan plans to raise defense spending to 2% of its gross domestic product.         | gross domestic product
            The region has 4 percent annual energy demand growth.                              | annual energy demand growth
            The trade deficit was $5 billion last year.                                        | trade deficit
            """)
    void takesTheSubjectFromTheTextsOwnWords(String sentence, String subject) {
        assertThat(only(sentence).subject()).isEqualTo(subject);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Son pledged to invest $100 billion in the project.",
            "The costs of domestic and American equipment have increased by 20 to 60 percent.",
            "Trump announced tariffs of 25 percent against Canada.",
    })
    void leavesTheSubjectNullWhenUnclear(String sentence) {
        assertThat(only(sentence).subject()).isNull();
    }

    @Test
    void leavesApproximationWordsOutOfTheEvidence() {
        assertThat(only("Outlays will be approximately 2 percent of GDP.").evidence().text()).isEqualTo("2 percent");
        assertThat(only("It costs more than $5 million a year.").evidence().text()).isEqualTo("$5 million");
    }

    @Test
    void leavesTimeNullForTheTimeLinker() {
        assertThat(only("The share fell to 6.7 percent in 2023.").time()).isNull();
    }

    @Test
    void neverCrossesASentence() {
        String text = "Costs rose by 20. 60 percent of voters approve.";
        List<Figure> figures = extract(text);
        assertThat(figures).extracting(f -> f.evidence().text()).containsExactly("60 percent");
    }

    @Test
    void keepsOffsetsIntoTheWholeText() {
        String text = "First sentence here. Japan spent $59 billion.";
        Figure f = only(text);
        assertThat(text.substring(f.evidence().start(), f.evidence().end())).isEqualTo("$59 billion");
        assertThat(f.evidence().source()).isEqualTo("doc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "$", "%%%", "$ billion", "from to", "between and percent", "(((", "1,", ",000", "—-–",
            "\u0000\u0001", "$$$5", "5.5.5.5 percent", "one two three four million"})
    void survivesGarbage(String text) {
        List<Sentence> sentences = TestSentences.split(text);
        assertThat(extractor.extract("doc", text, sentences)).allSatisfy(
                f -> assertThat(text.substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().text()));
    }

    @Test
    void ignoresSentencesOutsideTheText() {
        assertThat(extractor.extract("doc", "short", List.of(new Sentence(0, 3, 99, 0, 0)))).isEmpty();
    }
}
