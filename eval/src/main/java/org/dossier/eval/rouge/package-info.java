/**
 * ROUGE-N (Lin 2004) for extractive summaries: n-gram recall, precision and F against one or more human references, with
 * the tokenization and multi-reference pooling of ROUGE-1.5.5. Entry point: {@link org.dossier.eval.rouge.Rouge}.
 */
package org.dossier.eval.rouge;
