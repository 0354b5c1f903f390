/** Sentence search over a dossier's sources with Lucene: BM25 on the text and nearest neighbours on sentence embeddings. */
package org.dossier.web.search;
