package org.dossier.web.build;

import java.nio.file.Path;
import org.dossier.model.dossier.Dossier;

/**
 * Builds one event's dossier from its articles folder into its output folder (at least {@code dossier.json}, written
 * atomically). Supplied by the caller: the cli wires the real stages with the annotation cache, so only new articles are
 * annotated; tests pass a fake.
 */
@FunctionalInterface
public interface EventBuilder {

    /**
     * Builds and writes the dossier.
     *
     * @throws Exception with a one-line message for the user when the build fails (no readable article, say)
     */
    Dossier build(Path articles, Path output, BuildProgress progress) throws Exception;
}
