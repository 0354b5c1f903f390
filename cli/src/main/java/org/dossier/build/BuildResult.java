package org.dossier.build;

import java.nio.file.Path;
import java.util.List;
import org.dossier.model.dossier.Dossier;

/** What a build produced: the dossier, the files written, and how many documents needed NLP. */
public record BuildResult(Dossier dossier, List<Path> files, int annotated, int fromCache, List<String> skipped) {
}
