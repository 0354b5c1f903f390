package org.dossier.model.nlp;

/**
 * One token. {@code ner} is the fine-grained named-entity tag ({@code PERSON}, {@code COUNTRY}, {@code TITLE}, {@code DATE}, ...)
 * or {@code O}; {@code pos} is a Penn Treebank tag.
 */
public record Token(int start, int end, String text, String pos, String lemma, String ner) {
}
