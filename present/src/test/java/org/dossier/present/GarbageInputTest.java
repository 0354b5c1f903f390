package org.dossier.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.dossier.Dossier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GarbageInputTest {

    static Stream<Arguments> writersAndDossiers() {
        List<DossierWriter> writers = List.of(new JsonDossierWriter(), new MarkdownDossierWriter(), new HtmlDossierWriter());
        return writers.stream().flatMap(w -> Stream.of(
                Arguments.of(w.fileName(), "empty", w, SampleDossiers.empty()),
                Arguments.of(w.fileName(), "all null", w, SampleDossiers.nulls())));
    }

    @ParameterizedTest(name = "{0} renders the {1} dossier")
    @MethodSource("writersAndDossiers")
    void rendersWithoutFailing(String file, String name, DossierWriter writer, Dossier dossier) {
        assertThat(writer.render(dossier)).isNotBlank();
    }
}
