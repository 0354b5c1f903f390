package org.dossier.build;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.dossier.annotate.Annotator;
import org.dossier.extract.StandardFactExtractor;
import org.dossier.ingest.FormatDetectingReader;
import org.dossier.present.HtmlDossierWriter;
import org.dossier.present.JsonDossierWriter;
import org.dossier.present.MarkdownDossierWriter;
import org.dossier.reconcile.DossierReconciler;

/** Builds wired like the real one, but with a fake annotator and the bag-of-words embedder: no models are loaded. */
final class TestBuilds {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-01T00:00:00Z"), ZoneOffset.UTC);

    private TestBuilds() {
    }

    static DossierBuild withoutModels(Annotator annotator) {
        return withoutModels(annotator, AtomicFiles.DURABLE);
    }

    static DossierBuild withoutModels(Annotator annotator, AtomicFiles.ContentWriter files) {
        return new DossierBuild(new FormatDetectingReader(), annotator.fingerprint(), () -> annotator,
                new StandardFactExtractor(), new DossierReconciler(CLOCK),
                List.of(new JsonDossierWriter(), new MarkdownDossierWriter(), new HtmlDossierWriter()), files);
    }
}
