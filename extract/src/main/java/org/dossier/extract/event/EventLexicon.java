package org.dossier.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cue words and phrases for PLOVER categories, loaded from {@code event-cues.tsv} (general verbs and nouns built from the PLOVER
 * manual's category definitions and the CAMEO2PLOVER descriptions). A cue matches consecutive words by lemma or inflected form.
 */
public final class EventLexicon {

    /** One cue: its category, its mode (or null) and its lemmas. */
    public record Cue(PloverCategory category, String mode, List<String> lemmas) {
    }

    /** A cue found at {@code words[first..last]}. */
    record Found(Cue cue, int first, int last) {
    }

    private final Map<String, List<Cue>> byFirstForm;
    private final Map<String, Set<String>> formsByLemma;

    private EventLexicon(List<Cue> cues) {
        Map<String, List<Cue>> index = new HashMap<>();
        Map<String, Set<String>> forms = new HashMap<>();
        for (Cue c : cues) {
            for (String lemma : c.lemmas()) {
                forms.computeIfAbsent(lemma, EventLexicon::formsOf);
            }
            for (String form : forms.get(c.lemmas().get(0))) {
                index.computeIfAbsent(form, k -> new ArrayList<>()).add(c);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstForm = Map.copyOf(index);
        this.formsByLemma = Map.copyOf(forms);
    }

    private static Set<String> formsOf(String lemma) {
        Set<String> s = new LinkedHashSet<>(Inflections.verbForms(lemma));
        s.addAll(Inflections.nounForms(lemma));
        return Set.copyOf(s);
    }

    /** The lexicon shipped with this module. */
    public static EventLexicon standard() {
        try (InputStream in = EventLexicon.class.getResourceAsStream("event-cues.tsv")) {
            if (in == null) {
                throw new IllegalStateException("event-cues.tsv missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lexicon from TSV lines: category, mode or -, cue lemmas; # starts a comment. */
    static EventLexicon parse(List<String> lines) {
        List<Cue> cues = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalArgumentException("event-cues.tsv line " + lineNo + ": expected 3 columns, got " + cols.length);
            }
            PloverCategory category = PloverCategory.valueOf(cols[0]);
            cues.add(new Cue(category, cols[1].equals("-") ? null : cols[1], List.of(cols[2].strip().split(" +"))));
        }
        return new EventLexicon(cues);
    }

    /** True when some cue starts with this (lowercase) word form. */
    boolean isCueWord(String lower) {
        return byFirstForm.containsKey(lower);
    }

    /** Every cue occurrence in {@code words}, left to right; for each start the longest cue. */
    List<Found> find(List<Word> words) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Found best = null;
            for (Cue c : candidates(words.get(i))) {
                int last = matchRest(words, i, c);
                if (last >= 0 && (best == null || c.lemmas().size() > best.cue().lemmas().size())) {
                    best = new Found(c, i, last);
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    private List<Cue> candidates(Word w) {
        List<Cue> out = new ArrayList<>(byFirstForm.getOrDefault(w.lower(), List.of()));
        if (w.lemma() != null && !w.lemma().equals(w.lower())) {
            for (Cue c : byFirstForm.getOrDefault(w.lemma(), List.of())) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The index of the last word of cue {@code c} starting at {@code words[i]}, allowing one word between cue words; or -1. */
    private int matchRest(List<Word> words, int i, Cue c) {
        int at = i;
        for (int k = 1; k < c.lemmas().size(); k++) {
            Set<String> forms = formsByLemma.get(c.lemmas().get(k));
            if (at + 1 < words.size() && matches(words.get(at + 1), forms)) {
                at = at + 1;
            } else if (k > 0 && at + 2 < words.size() && !words.get(at + 1).isPunctuation() && matches(words.get(at + 2), forms)) {
                at = at + 2;
            } else {
                return -1;
            }
        }
        return at;
    }

    private static boolean matches(Word w, Set<String> forms) {
        return forms.contains(w.lower()) || (w.lemma() != null && forms.contains(w.lemma()));
    }
}
