package org.dossier.extract.quote;

import java.util.BitSet;
import java.util.List;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Token;

/** Asides before a quote: words set off between dashes or in parentheses, whose verbs do not introduce the quote. */
final class Asides {

    private Asides() {
    }

    /**
     * Tokens of {@code sentence} before {@code openMark} set off between dashes or in parentheses that close before the
     * mark ({@code Bercow commented — which the BBC noted as unusual — "..."}).
     */
    static BitSet in(List<Token> tokens, Sentence sentence, int openMark) {
        BitSet aside = new BitSet();
        int dash = -1;
        int paren = -1;
        for (int i = sentence.firstToken(); i < sentence.endToken() && tokens.get(i).end() <= openMark; i++) {
            String w = tokens.get(i).text();
            if (dash(w)) {
                if (dash >= 0) {
                    aside.set(dash, i + 1);
                    dash = -1;
                } else {
                    dash = i;
                }
            } else if (w.equals("(") || w.equals("-LRB-")) {
                paren = i;
            } else if ((w.equals(")") || w.equals("-RRB-")) && paren >= 0) {
                aside.set(paren, i + 1);
                paren = -1;
            }
        }
        return aside;
    }

    /**
     * The dash among tokens {@code [from, ...)} before {@code openMark}, outside {@code aside} and quotes, that opens an
     * aside still open at the mark ({@code a reporter asked about tariffs—that he was "..."}); -1 if none.
     */
    static int unclosedDash(List<Token> tokens, boolean[] quoted, int from, int openMark, BitSet aside) {
        int open = -1;
        for (int i = from; i < tokens.size() && tokens.get(i).end() <= openMark; i++) {
            if (!aside.get(i) && !quoted[i] && dash(tokens.get(i).text())) {
                open = open < 0 ? i : -1;
            }
        }
        return open;
    }

    private static boolean dash(String w) {
        return w.equals("—") || w.equals("–") || w.equals("--");
    }
}
