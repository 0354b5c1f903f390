/**
 * The only place that imports Stanford CoreNLP. Its output is converted to our {@link org.dossier.model.nlp} records at once;
 * the pipeline is built once per {@link org.dossier.annotate.corenlp.CoreNlpAnnotator} and never held in a static.
 */
package org.dossier.annotate.corenlp;
