package org.dossier.annotate.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The fine classes we read (TITLE, COUNTRY, NATIONALITY, RELIGION, IDEOLOGY) looked up in CoreNLP's own fine-grained
 * gazetteers ({@code kbp/english/gazetteers/regexner_caseless.tab} and {@code regexner_cased.tab} in the models jar) with a
 * hash of token sequences, instead of CoreNLP's fine-grained step, which matches half a million city patterns as
 * regular expressions and more than doubles the cost of NER. Like that step, an entry relabels a run of tokens only when
 * each token's label is {@code O} or one the entry may overwrite, and the longest entry wins. Entries whose patterns
 * are regular expressions beyond an optional or escaped period and {@code [Xx]} case pairs are left out.
 * Immutable and thread-safe once loaded.
 */
final class FineClassGazetteer {

    static final Set<String> CLASSES = Set.of("TITLE", "COUNTRY", "NATIONALITY", "RELIGION", "IDEOLOGY");
    private static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    private static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";

    /** One entry: the fine class, the labels it may overwrite, its priority, and whether it matches case-blind. */
    record Entry(String label, Set<String> overwritable, double priority, boolean caseless) {
    }

    private final Map<String, List<Entry>> byWords = new HashMap<>();
    private int longest = 1;

    private FineClassGazetteer() {
    }

    /** Loads the two gazetteers from the classpath (the CoreNLP models jar); about half a second. */
    static FineClassGazetteer load() {
        FineClassGazetteer g = new FineClassGazetteer();
        g.read(CASELESS, true);
        g.read(CASED, false);
        return g;
    }

    /** A gazetteer of the given lines, in the models' format: pattern, class, overwritable classes, priority. */
    static FineClassGazetteer of(List<String> lines, boolean caseless) {
        FineClassGazetteer g = new FineClassGazetteer();
        lines.forEach(line -> g.add(line, caseless));
        return g;
    }

    private void read(String resource, boolean caseless) {
        ClassLoader loader = FineClassGazetteer.class.getClassLoader();
        InputStream raw = loader.getResourceAsStream(resource);
        if (raw == null) {
            raw = loader.getResourceAsStream(resource + ".gz");
            if (raw == null) {
                throw new IllegalStateException("CoreNLP gazetteer not on the classpath: " + resource);
            }
            try {
                raw = new GZIPInputStream(raw);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                add(line, caseless);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }

    private void add(String line, boolean caseless) {
        String[] f = line.split("\t");
        if (f.length < 2 || !CLASSES.contains(f[1])) {
            return;
        }
        Set<String> overwritable = f.length > 2 && !f[2].isBlank() ? Set.of(f[2].split(",")) : Set.of();
        double priority = 0;
        if (f.length > 3) {
            try {
                priority = Double.parseDouble(f[3]);
            } catch (NumberFormatException e) {
                priority = 0;
            }
        }
        // a [Xx] pair only alternates case, so such an entry is matched case-blind
        boolean blind = caseless || f[0].matches(".*\\[(\\p{L})(\\p{L})\\].*");
        for (String words : expand(f[0].strip().split("\\s+"), 0)) {
            String key = blind ? words.toLowerCase(Locale.ROOT) : words;
            byWords.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(f[1], overwritable, priority, blind));
            longest = Math.max(longest, key.split(" ").length);
        }
    }

    /** The literal word sequences a pattern stands for, or none when it uses other regular-expression syntax. */
    private static List<String> expand(String[] tokens, int from) {
        if (from == tokens.length) {
            return List.of("");
        }
        List<String> heads = literals(tokens[from]);
        if (heads.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String tail : expand(tokens, from + 1)) {
            for (String head : heads) {
                out.add(tail.isEmpty() ? head : head + " " + tail);
            }
        }
        return out;
    }

    private static List<String> literals(String token) {
        String t = token.replaceAll("\\[(\\p{L})(\\p{L})\\]", "$1");
        boolean optionalPeriod = t.endsWith("\\.?");
        if (optionalPeriod) {
            t = t.substring(0, t.length() - 3);
        }
        t = t.replace("\\.", ".").replace("\\-", "-");
        if (t.isEmpty() || t.matches(".*[\\\\\\[\\]^$*+?(){}|].*")) {
            return List.of();
        }
        return optionalPeriod ? List.of(t, t + ".") : List.of(t);
    }

    /**
     * Fine labels for one sentence: {@code labels} (the coarse NER labels of {@code words}) with every gazetteer match
     * relabelled; a new list, the input is not changed.
     */
    List<String> relabel(List<String> words, List<String> labels) {
        List<String> out = new ArrayList<>(labels);
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int len = Math.min(longest, words.size() - i); len >= 1 && matched == 0; len--) {
                Entry best = best(words.subList(i, i + len), labels.subList(i, i + len));
                if (best != null) {
                    for (int k = i; k < i + len; k++) {
                        out.set(k, best.label());
                    }
                    matched = len;
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }

    private Entry best(List<String> words, List<String> labels) {
        String joined = String.join(" ", words);
        Entry best = null;
        for (String key : new String[] {joined, joined.toLowerCase(Locale.ROOT)}) {
            for (Entry e : byWords.getOrDefault(key, List.of())) {
                if ((e.caseless() || key.equals(joined)) && mayOverwrite(e, labels)
                        && (best == null || e.priority() > best.priority())) {
                    best = e;
                }
            }
            if (key.equals(joined.toLowerCase(Locale.ROOT))) {
                break;
            }
        }
        return best;
    }

    private static boolean mayOverwrite(Entry e, List<String> labels) {
        for (String l : labels) {
            if (!"O".equals(l) && !e.overwritable().contains(l)) {
                return false;
            }
        }
        return true;
    }
}
