package org.dossier.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.dossier.model.fact.Figure;
import org.dossier.model.nlp.Sentence;

/** Number-heavy random text: figure extraction never throws, and every evidence slice equals its text. */
class FigureExtractorPropertyTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Property(tries = 400)
    void evidenceSlicesEqualTheirTextAndValuesAreNumbers(@ForAll("numberText") String text) {
        List<Figure> figures = extractor.extract("doc", text, TestSentences.split(text));

        for (Figure f : figures) {
            assertThat(f.evidence().start()).isBetween(0, f.evidence().end());
            assertThat(f.evidence().end()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().text());
            assertThat(f.low()).isNotNaN();
            assertThat(f.high()).isNotNaN();
        }
    }

    @Property(tries = 200)
    void sentenceBoundsOutsideTheTextAreTolerated(@ForAll("numberText") String text,
            @ForAll @Size(max = 6) List<@IntRange(min = -5, max = 400) Integer> cuts) {
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i += 2) {
            sentences.add(new Sentence(sentences.size(), cuts.get(i), cuts.get(i + 1), 0, 0));
        }

        for (Figure f : extractor.extract("doc", text, sentences)) {
            assertThat(text.substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().text());
        }
    }

    @Provide
    static Arbitrary<String> numberText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 100_000).map(String::valueOf),
                Arbitraries.doubles().between(0, 1000).ofScale(2).map(String::valueOf),
                Arbitraries.of("$", "€", "£", "¥", "%", " percent", " per cent", "million", "billion", "trillion", "bn",
                        "m", "k", "-", "–", "—", "to", "between", "and", "about", "nearly", "more than", "up to", ",", ".",
                        " ", " ", "\n", "people", "troops", "votes", "dollars", "yen", "US$", "1,000,000", "1.2.3", "1,2",
                        "9999999999999999999999", "1e309", "0.0.0", "½", "٣", "2025", "3rd", "first", "a third",
                        "tens of thousands", "hundreds", "dozen", "\"", "(", ")", "/", "x", "×", "½%", "-5%"),
                Arbitraries.strings().alpha().ofMaxLength(8));
        return pieces.list().ofMaxSize(60).map(l -> String.join(" ", l));
    }
}
