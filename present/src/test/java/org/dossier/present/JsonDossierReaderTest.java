package org.dossier.present;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dossier.model.dossier.Dossier;
import org.junit.jupiter.api.Test;

class JsonDossierReaderTest {

    private final JsonDossierReader reader = new JsonDossierReader();
    private final JsonDossierWriter writer = new JsonDossierWriter();

    @Test
    void readsBackWhatWasWritten() {
        Dossier full = SampleDossiers.full();
        assertThat(reader.read(writer.render(full))).isEqualTo(full);
    }

    @Test
    void readsBackTheEmptyDossier() {
        Dossier empty = SampleDossiers.empty();
        assertThat(reader.read(writer.render(empty))).isEqualTo(empty);
    }

    @Test
    void rewritesIdentically() {
        String json = writer.render(SampleDossiers.full());
        assertThat(writer.render(reader.read(json))).isEqualTo(json);
    }

    @Test
    void readsMissingListsAsEmpty() {
        Dossier d = reader.read("{\"schema\":\"dossier/1\",\"event\":{\"title\":\"T\"}}");
        assertThat(d.event().title()).isEqualTo("T");
        assertThat(d.event().participants()).isEmpty();
        assertThat(d.quotes()).isEmpty();
        assertThat(d.coverage().topics()).isEmpty();
    }

    @Test
    void ignoresUnknownFields() {
        Dossier d = reader.read("{\"schema\":\"dossier/1\",\"extra\":[1,2],\"quotes\":[{\"id\":\"q1\",\"mood\":\"happy\","
                + "\"evidence\":{\"source\":\"s\",\"start\":0,\"end\":2,\"text\":\"Hi\"}}]}");
        assertThat(d.quotes().get(0).evidence().text()).isEqualTo("Hi");
    }

    @Test
    void namesWhereEvidenceLengthIsWrong() {
        assertThatThrownBy(() -> reader.read("{\"quotes\":[{\"id\":\"q1\",\"evidence\":{\"source\":\"s\",\"start\":0,\"end\":5,\"text\":\"Hi\"}}]}"))
                .isInstanceOf(DossierFormatException.class)
                .hasMessage("/quotes/0/evidence: text length 2 != span length 5 in s")
                .extracting(e -> ((DossierFormatException) e).pointer()).isEqualTo("/quotes/0/evidence");
    }

    @Test
    void namesWhereAnEnumIsUnknown() {
        assertThatThrownBy(() -> reader.read("{\"timeline\":[{\"id\":\"t1\",\"certainty\":\"rumoured\"}]}"))
                .isInstanceOf(DossierFormatException.class)
                .hasMessage("/timeline/0/certainty: unknown Certainty 'rumoured'");
    }

    @Test
    void namesWhereAFigureValueIsNotANumber() {
        assertThatThrownBy(() -> reader.read("{\"figures\":[{\"id\":\"f1\",\"value\":\"many\"}]}"))
                .isInstanceOf(DossierFormatException.class)
                .hasMessage("/figures/0/value: expected a number or [low, high], got \"many\"");
    }

    @Test
    void rejectsTextThatIsNotAJsonObject() {
        assertThatThrownBy(() -> reader.read("[1]")).isInstanceOf(DossierFormatException.class).hasMessage("expected a JSON object");
        assertThatThrownBy(() -> reader.read("{")).isInstanceOf(DossierFormatException.class).hasMessageStartingWith("not JSON");
    }
}
