package org.dossier.model.nlp;

/** One sentence: character offsets and the index range of its tokens ({@code firstToken} inclusive, {@code endToken} exclusive). */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {
}
