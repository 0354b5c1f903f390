package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Span;
import org.dossier.model.nlp.Token;

/**
 * Builds an annotated document from hand-tagged text, so extractor rules are tested without models.
 * Tokens are {@code word/POS} or {@code word/POS/NER}, separated by single spaces; a token {@code ./.} ends a sentence;
 * consecutive tokens with the same name class form one name span. {@code _} inside a word stands for a space-less join
 * with the previous token (for quote marks: {@code “_/``}).
 */
public final class TaggedText {

    private TaggedText() {
    }

    public static AnnotatedDocument parse(String tagged) {
        return parse(tagged, null);
    }

    public static AnnotatedDocument parse(String tagged, String referenceDate) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String raw : tagged.trim().split(" ")) {
            boolean glue = raw.startsWith("_");
            String item = glue ? raw.substring(1) : raw;
            boolean glueNext = false;
            String[] parts = item.split("/");
            String word = parts[0];
            if (word.endsWith("_")) {
                word = word.substring(0, word.length() - 1);
                glueNext = true;
            }
            if (text.length() > 0 && !glue && !endsWithGlue(tokens)) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            String pos = parts.length > 1 ? parts[1] : "NN";
            String ner = parts.length > 2 ? parts[2] : "O";
            tokens.add(new Token(start, text.length(), word, pos, word.toLowerCase(), ner + (glueNext ? "|GLUE" : "")));
        }
        List<Token> clean = new ArrayList<>();
        for (Token t : tokens) {
            clean.add(new Token(t.start(), t.end(), t.text(), t.pos(), lemma(t), t.ner().replace("|GLUE", "")));
        }
        List<Sentence> sentences = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < clean.size(); i++) {
            boolean end = clean.get(i).text().equals(".") || i == clean.size() - 1;
            if (end) {
                int index = sentences.size();
                sentences.add(new Sentence(index, clean.get(first).start(), clean.get(i).end(), first, i + 1));
                addSpans(text.toString(), clean, first, i + 1, index, spans);
                first = i + 1;
            }
        }
        Source source = new Source("doc", null, null, null, null, referenceDate, false, "en", Phase.UNKNOWN, text.toString(),
                List.of(), List.of());
        return new AnnotatedDocument(source, referenceDate, clean, sentences, spans);
    }

    /** Like {@link #parse(String, String)}, and gives every DATE span the TIMEX value an annotator would. */
    public static AnnotatedDocument withTimex(String tagged, String reference, String value) {
        AnnotatedDocument d = parse(tagged, reference);
        List<Span> spans = new ArrayList<>();
        for (Span s : d.spans()) {
            spans.add(s.type().equals("DATE") ? new Span("DATE", "DATE", s.start(), s.end(), s.text(), s.sentence(), value) : s);
        }
        return new AnnotatedDocument(d.source(), reference, d.tokens(), d.sentences(), spans);
    }

    private static boolean endsWithGlue(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).ner().endsWith("|GLUE");
    }

    private static String lemma(Token t) {
        String w = t.text().toLowerCase();
        return switch (w) {
            case "said", "says" -> "say";
            case "told", "tells" -> "tell";
            case "reported" -> "report";
            case "announced" -> "announce";
            case "stating", "stated" -> "state";
            case "describing", "described" -> "describe";
            case "added" -> "add";
            case "noted" -> "note";
            case "commented" -> "comment";
            case "remarked" -> "remark";
            case "adding" -> "add";
            case "saying" -> "say";
            case "spoke", "speaking" -> "speak";
            case "quoted" -> "quote";
            case "continued" -> "continue";
            case "wrote" -> "write";
            case "citing" -> "cite";
            case "underlined" -> "underline";
            case "asked" -> "ask";
            case "informed" -> "inform";
            case "ruled" -> "rule";
            default -> w;
        };
    }

    private static void addSpans(String text, List<Token> tokens, int from, int to, int sentence, List<Span> out) {
        int i = from;
        while (i < to) {
            String ner = tokens.get(i).ner();
            if (ner.equals("O")) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && tokens.get(j).ner().equals(ner)) {
                j++;
            }
            int b = tokens.get(i).start();
            int e = tokens.get(j - 1).end();
            String coarse = switch (ner) {
                case "PERSON", "ORGANIZATION", "LOCATION", "MISC" -> ner;
                default -> "O";
            };
            out.add(new Span(ner, coarse.equals("O") ? ner : coarse, b, e, text.substring(b, e), sentence, null));
            i = j;
        }
    }
}
