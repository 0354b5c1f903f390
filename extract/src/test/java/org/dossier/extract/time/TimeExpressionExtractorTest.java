package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.fact.Certainty;
import org.dossier.model.fact.TimeExpression;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Span;
import org.dossier.extract.TaggedText;
import org.junit.jupiter.api.Test;

class TimeExpressionExtractorTest {


    @Test
    void aPastTenseMonthAfterTheReferenceMovesBackAYear() {
        AnnotatedDocument doc = TaggedText.withTimex("In/IN November/NNP/DATE ,/, Ishiba/NNP/PERSON considered/VBD a/DT stop/NN ./.",
                "2025-02-07", "2025-11");
        List<TimeExpression> times = new TimeExpressionExtractor().extract(doc);
        assertThat(times).singleElement().satisfies(t -> {
            assertThat(t.date()).isEqualTo("2024-11");
            assertThat(t.evidence().text()).isEqualTo("November");
            assertThat(t.certainty()).isEqualTo(Certainty.REPORTED);
        });
    }

    @Test
    void aScheduledHappeningAfterTheReferenceIsPlanned() {
        AnnotatedDocument doc = TaggedText.withTimex("He/PRP is/VBZ scheduled/VBN to/TO return/VB on/IN Saturday/NNP/DATE ./.",
                "2025-02-07", "2025-02-08");
        assertThat(new TimeExpressionExtractor().extract(doc)).singleElement()
                .satisfies(t -> assertThat(t.certainty()).isEqualTo(Certainty.PLANNED));
    }

    @Test
    void offsetsCountedFromAnotherDateAreLeftOut() {
        AnnotatedDocument doc = TaggedText.withTimex("The/DT meeting/NN comes/VBZ three/CD/DATE days/NNS/DATE earlier/RBR/DATE ./.",
                "2025-02-07", "2025-02-04");
        assertThat(new TimeExpressionExtractor().extract(doc)).isEmpty();
    }
}
