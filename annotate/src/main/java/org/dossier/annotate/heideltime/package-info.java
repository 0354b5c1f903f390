/**
 * The only place that imports HeidelTime (Strötgen and Gertz's rule-based temporal tagger, GPL-3.0) and its UIMA
 * runtime. It reads our tokens, part-of-speech tags and sentences, so HeidelTime does no tokenizing or tagging of its own,
 * and its TIMEX3 annotations are converted to our {@link org.dossier.model.nlp.Span} records at once.
 */
package org.dossier.annotate.heideltime;
