package org.dossier.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dossier.annotate.Annotator;
import org.dossier.model.Source;
import org.dossier.model.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationOrderTest {

    @TempDir
    Path tmp;

    @Test
    void theLongestArticlesAreAnnotatedFirstAndTheDossierKeepsTheInputOrder() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        write(corpus, "a.txt", "Short report. The talks began on Friday.\n", 1);
        write(corpus, "b.txt", "A much longer report on the talks in Washington between the two leaders.\n", 12);
        write(corpus, "c.txt", "A report of middle length on the talks in Washington.\n", 5);
        List<String> calls = new CopyOnWriteArrayList<>();
        FakeAnnotator fake = new FakeAnnotator();
        Annotator recording = new Annotator() {
            @Override
            public AnnotatedDocument annotate(Source source, String referenceDate) {
                calls.add(source.text().substring(0, 5));
                return fake.annotate(source, referenceDate);
            }

            @Override
            public String fingerprint() {
                return fake.fingerprint();
            }
        };

        BuildResult result = TestBuilds.withoutModels(recording).run(
                new BuildOptions(List.of(corpus), tmp.resolve("out"), tmp.resolve("cache"), 1), Progress.SILENT);

        assertThat(calls).containsExactly("A muc", "A rep", "Short");
        assertThat(result.dossier().sources()).extracting(s -> s.text().substring(0, 5))
                .containsExactly("Short", "A muc", "A rep");
    }

    private static void write(Path folder, String name, String paragraph, int times) throws IOException {
        Files.writeString(folder.resolve(name), paragraph.repeat(times));
    }
}
