package org.dossier.discover;

import org.dossier.model.Source;
import org.dossier.model.fact.DocumentFacts;

/** One document's source and facts to its {@link DocumentFeatures}: a pure function, safe to run in parallel. */
@FunctionalInterface
public interface FeatureExtractor {

    DocumentFeatures extract(Source source, DocumentFacts facts);
}
