package org.dossier.annotate.heideltime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HeidelTimeTaggerTest {

    private static HeidelTimeTagger tagger;

    @BeforeAll
    static void load() {
        tagger = new HeidelTimeTagger();
    }

    /** One sentence of "word/TAG" or "word/TAG/NER" tokens separated by spaces, as the annotator would give it. */
    private static AnnotatedDocument doc(String referenceDate, String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String w : tagged.split(" ")) {
            String[] p = w.split("/");
            if (!text.isEmpty()) {
                text.append(' ');
            }
            tokens.add(new Token(text.length(), text.length() + p[0].length(), p[0], p[1], p[0].toLowerCase(),
                    p.length > 2 ? p[2] : "O"));
            text.append(p[0]);
        }
        Source source = new Source("d", null, null, null, null, referenceDate, false, "en", Phase.UNKNOWN, text.toString(),
                List.of(), List.of());
        return new AnnotatedDocument(source, referenceDate, tokens, List.of(new Sentence(0, 0, text.length(), 0, tokens.size())),
                List.of());
    }

    private static List<String> found(AnnotatedDocument doc) {
        return tagger.tag(doc).stream().map(s -> s.text() + "=" + s.type() + ":" + s.normalized()).toList();
    }

    @Test
    void aWeekdayInThePastTenseIsTheOneBeforeTheReferenceDate() {
        assertThat(found(doc("2013-03-22", "The/DT minister/NN arrived/VBD on/IN Monday/NNP ./.")))
                .containsExactly("Monday=DATE:2013-03-18");
    }

    @Test
    void withoutAReferenceDateRelativeExpressionsCountFromTheDateTheTextNamed() {
        assertThat(found(doc(null, "Talks/NNS began/VBD on/IN March/NNP 3/CD ,/, 2009/CD and/CC ended/VBD the/DT next/JJ day/NN ./.")))
                .containsExactly("March 3 , 2009=DATE:2009-03-03", "the next day=DATE:2009-03-04");
    }

    @Test
    void aClockTimeWithoutADateIsWrittenWithoutOne() {
        assertThat(found(doc(null, "The/DT vote/NN starts/VBZ at/IN 6:40/CD p.m./NN ./.")))
                .isNotEmpty().allMatch(s -> s.contains("=TIME:T18:40"));
    }

    @Test
    void aWordTheNameTaggerCalledAPersonIsNoDate() {
        assertThat(found(doc("2004-12-20", "Noel/NNP/PERSON Gallagher/NNP/PERSON sang/VBD ./."))).isEmpty();
        assertThat(found(doc("2004-12-20", "They/PRP met/VBD on/IN Noel/NNP ./."))).containsExactly("Noel=DATE:2004-12-25");
    }

    @Test
    void itReadsDocumentsOneAfterAnotherWithoutCarryingState() {
        assertThat(found(doc("2013-03-22", "It/PRP ended/VBD yesterday/NN ./."))).containsExactly("yesterday=DATE:2013-03-21");
        assertThat(found(doc("2020-01-10", "It/PRP ended/VBD yesterday/NN ./."))).containsExactly("yesterday=DATE:2020-01-09");
    }
}
