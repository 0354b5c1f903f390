package org.dossier.annotate;

import java.util.List;

/**
 * Tags given tokens with name classes ({@code PER}, {@code LOC}, {@code ORG}, {@code MISC} or {@code O}) without
 * re-tokenizing: for evaluation on pre-tokenized corpora such as CoNLL-2003. Implementations are thread-safe.
 */
public interface NameTagger {

    /** One list of classes per sentence, one class per token. */
    List<List<String>> tag(List<List<String>> sentences);
}
