package org.dossier.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.fact.Certainty;
import org.dossier.model.fact.CodedEventFact;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Span;
import org.junit.jupiter.api.Test;

class StandardFactExtractorTest {


    @Test
    void codesAMeetingWithItsActorsCueAndDate() {
        AnnotatedDocument doc = TaggedText.withTimex("Japanese/JJ/MISC Prime/NNP Minister/NNP Shigeru/NNP/PERSON Ishiba/NNP/PERSON met/VBD "
                + "U.S./NNP/LOCATION President/NNP Donald/NNP/PERSON Trump/NNP/PERSON on/IN Friday/NNP/DATE ./.",
                "2025-02-07", "2025-02-07");

        DocumentFacts facts = new StandardFactExtractor().extract(doc);

        assertThat(facts.events()).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo("CONSULT");
            assertThat(e.certainty()).isEqualTo(Certainty.REPORTED);
            assertThat(e.cue().text()).isEqualTo("met");
            assertThat(e.date()).isEqualTo("2025-02-07");
            assertThat(e.sentence().text()).isEqualTo(doc.text());
            assertThat(e.sources()).extracting(CodedEventFact.Actor::code).containsExactly("JPN");
            assertThat(e.targets()).extracting(CodedEventFact.Actor::code).containsExactly("USA");
            assertThat(e.sources().get(0).evidence().text()).contains("Ishiba");
            assertThat(e.targets().get(0).evidence().text()).contains("Trump");
        });
    }

    @Test
    void skipsASentenceWithACueButNoActor() {
        AnnotatedDocument doc = TaggedText.parse("They/PRP met/VBD briefly/RB ./.");

        assertThat(new StandardFactExtractor().extract(doc).events()).isEmpty();
    }
}
