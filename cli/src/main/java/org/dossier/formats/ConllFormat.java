package org.dossier.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * CoNLL-2003 columns: one token per line (token first), blank lines between sentences, {@code -DOCSTART-} lines between
 * documents. Output is the same lines with the predicted IOB2 tag appended as the last column; the tagger sees one
 * document at a time.
 */
public final class ConllFormat {

    /**
     * Tags a whole CoNLL file.
     *
     * @param tagger given a document's tokens sentence by sentence (the first column as read), its classes ({@code PER},
     *               {@code LOC}, {@code ORG}, {@code MISC}, {@code O}) in the same shape
     */
    public String tag(String input, Function<List<List<String>>, List<List<String>>> tagger) {
        List<String> lines = new ArrayList<>(List.of(input.split("\r?\n", -1)));
        if (input.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        StringBuilder out = new StringBuilder();
        List<String> docLines = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("-DOCSTART-")) {
                flush(docLines, tagger, out);
                out.append(line).append(line.isBlank() ? "" : " O").append('\n');
            } else {
                docLines.add(line);
            }
        }
        flush(docLines, tagger, out);
        if (!input.endsWith("\n") && out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private void flush(List<String> docLines, Function<List<List<String>>, List<List<String>>> tagger, StringBuilder out) {
        if (docLines.isEmpty()) {
            return;
        }
        List<List<String>> sentences = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : docLines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.trim().split("\\s+")[0]);
            }
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        List<List<String>> classes = sentences.isEmpty() ? List.of() : tagger.apply(sentences);
        int s = 0;
        int t = 0;
        String previous = "O";
        for (String line : docLines) {
            if (line.isBlank()) {
                if (t > 0) {
                    s++;
                    t = 0;
                }
                previous = "O";
                out.append(line).append('\n');
                continue;
            }
            String cls = classes.get(s).get(t++);
            String tag = cls.equals("O") ? "O" : (cls.equals(previous) ? "I-" : "B-") + cls;
            previous = cls;
            out.append(line.stripTrailing()).append(' ').append(tag).append('\n');
        }
        docLines.clear();
    }
}
