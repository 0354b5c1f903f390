package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
    void anOffsetIsCountedFromTheDateMentionedJustBefore() {
        AnnotatedDocument doc = TaggedText.withTimex("Talks/NNS began/VBD on/IN February/NNP/DATE 3/CD/DATE ./. "
                + "They/PRP ended/VBD three/CD/DATE days/NNS/DATE later/RB/DATE ./.", "2025-02-07", "2025-02-03");
        assertThat(new TimeExpressionExtractor().extract(doc)).extracting(TimeExpression::date, t -> t.evidence().text())
                .containsExactly(tuple("2025-02-03", "February 3"), tuple("2025-02-06", "three days later"));
    }

    @Test
    void anOffsetWithinAPeriodIsNoDate() {
        AnnotatedDocument doc = TaggedText.withTimex("Abe/NNP met/VBD Trump/NNP on/IN February/NNP/DATE 10/CD/DATE ./. "
                + "Ishiba/NNP comes/VBZ three/CD/DATE days/NNS/DATE earlier/RBR/DATE in/IN Trump/NNP _'s/POS term/NN ./.",
                "2025-02-07", "2017-02-10");
        assertThat(new TimeExpressionExtractor().extract(doc)).extracting(t -> t.evidence().text()).containsExactly("February 10");
    }

    @Test
    void aClockTimeWithAZoneIsNeitherAYearNorADate() {
        AnnotatedDocument doc = TaggedText.withTimex("Polls/NNS closed/VBD at/IN 0000/CD/DATE UTC/NNP ./.", "2019-05-20", "0000");
        assertThat(new TimeExpressionExtractor().extract(doc)).isEmpty();
    }

    @Test
    void offsetsWithNoDateBeforeThemAreLeftOut() {
        AnnotatedDocument doc = TaggedText.withTimex("The/DT meeting/NN comes/VBZ three/CD/DATE days/NNS/DATE earlier/RBR/DATE ./.",
                "2025-02-07", "2025-02-04");
        assertThat(new TimeExpressionExtractor().extract(doc)).isEmpty();
    }
}
