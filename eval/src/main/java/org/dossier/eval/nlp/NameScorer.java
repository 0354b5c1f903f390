package org.dossier.eval.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.eval.EvalException;

/**
 * CoNLL-2003 name measures, as {@code conlleval} computes them: a name counts when its tokens and class both equal a gold
 * name's. Tags are read from the last column (IOB1 or IOB2: a name starts at {@code B-} or at an {@code I-} whose class
 * differs from the previous token's); {@code -DOCSTART-} lines and blank lines are not tokens.
 */
public final class NameScorer {

    /** One name: tokens {@code [start, end)} counted over the whole file, and its class. */
    record Chunk(int start, int end, String type) {
    }

    /**
     * The measures of one file.
     *
     * @param all every class
     * @param perClass by class, in the order PER, LOC, ORG, MISC, then others
     * @param withoutMisc PER, LOC and ORG only (MISC names dropped from gold and prediction)
     * @param untyped spans alone, the class ignored
     * @param tokens the number of tokens
     */
    public record Result(Prf all, Map<String, Prf> perClass, Prf withoutMisc, Prf untyped, int tokens) {
    }

    private NameScorer() {
    }

    /** Scores predicted tags against gold tags, one per token. */
    public static Result score(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " tokens, prediction " + predicted.size());
        }
        List<Chunk> g = chunks(gold);
        List<Chunk> p = chunks(predicted);
        Map<String, Prf> perClass = new LinkedHashMap<>();
        for (String type : List.of("PER", "LOC", "ORG", "MISC")) {
            perClass.put(type, prf(only(g, Set.of(type)), only(p, Set.of(type))));
        }
        Set<String> others = new HashSet<>();
        g.forEach(c -> others.add(c.type()));
        p.forEach(c -> others.add(c.type()));
        others.removeAll(perClass.keySet());
        others.stream().sorted().forEach(type -> perClass.put(type, prf(only(g, Set.of(type)), only(p, Set.of(type)))));
        Set<String> noMisc = Set.of("PER", "LOC", "ORG");
        List<Chunk> gu = g.stream().map(c -> new Chunk(c.start(), c.end(), "")).toList();
        List<Chunk> pu = p.stream().map(c -> new Chunk(c.start(), c.end(), "")).toList();
        return new Result(prf(g, p), perClass, prf(only(g, noMisc), only(p, noMisc)), prf(gu, pu), gold.size());
    }

    /** Scores a predicted CoNLL file against a gold one with the same tokens; the tag is each line's last column. */
    public static Result scoreFiles(Path gold, Path predicted) throws EvalException {
        List<String[]> g = tokens(gold);
        List<String[]> p = tokens(predicted);
        if (g.size() != p.size()) {
            throw new EvalException(predicted, "has " + p.size() + " tokens, the gold file " + g.size(), null);
        }
        for (int i = 0; i < g.size(); i++) {
            if (!g.get(i)[0].equals(p.get(i)[0])) {
                throw new EvalException(predicted, "token " + (i + 1) + " is '" + p.get(i)[0] + "', the gold file has '"
                        + g.get(i)[0] + "'", null);
            }
        }
        return score(g.stream().map(t -> t[t.length - 1]).toList(), p.stream().map(t -> t[t.length - 1]).toList());
    }

    static List<Chunk> chunks(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        String open = null;
        int start = 0;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String type = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean begins = type != null && (tag.startsWith("B-") || !type.equals(open));
            if (open != null && (type == null || begins)) {
                out.add(new Chunk(start, i, open));
                open = null;
            }
            if (begins) {
                open = type;
                start = i;
            }
        }
        return out;
    }

    private static List<Chunk> only(List<Chunk> chunks, Set<String> types) {
        return chunks.stream().filter(c -> types.contains(c.type())).toList();
    }

    private static Prf prf(List<Chunk> gold, List<Chunk> predicted) {
        Set<Chunk> g = new HashSet<>(gold);
        int correct = (int) predicted.stream().filter(g::contains).count();
        return new Prf(correct, predicted.size(), gold.size());
    }

    private static List<String[]> tokens(Path file) throws EvalException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvalException(file, "cannot read (" + e.getMessage() + ")", e);
        }
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                continue;
            }
            String[] cols = line.trim().split("\\s+");
            if (cols.length < 2) {
                throw new EvalException(file, "line '" + line + "' has no tag column", null);
            }
            out.add(cols);
        }
        return out;
    }
}
