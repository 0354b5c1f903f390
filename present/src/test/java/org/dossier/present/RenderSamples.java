package org.dossier.present;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the sample dossier's files to {@code -Ddossier.samples=DIR} for a look by eye; skipped otherwise. Not named {@code *Test},
 * so run it on purpose: {@code mvn -pl present test -Dtest=RenderSamples -Ddossier.samples=/tmp/dossier}.
 */
class RenderSamples {

    @Test
    @EnabledIfSystemProperty(named = "dossier.samples", matches = ".+")
    void writesSampleFiles() throws Exception {
        Path dir = Path.of(System.getProperty("dossier.samples"));
        Files.createDirectories(dir);
        for (DossierWriter w : List.of(new JsonDossierWriter(), new MarkdownDossierWriter(), new HtmlDossierWriter())) {
            Files.writeString(dir.resolve(w.fileName()), w.render(SampleDossiers.full()));
            Files.writeString(dir.resolve("empty-" + w.fileName()), w.render(SampleDossiers.empty()));
        }
    }
}
