package org.dossier.extract;

import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.nlp.AnnotatedDocument;

/** Extracts every fact from one document. A pure function of the document; never mutates it. */
public interface FactExtractor {

    DocumentFacts extract(AnnotatedDocument document);
}
