package org.dossier.extract.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The countries a document gives its people and roles, for later mentions that name none: after "Japanese Prime Minister
 * Shigeru Ishiba", a later "Ishiba" or "the prime minister" is Japanese. A name or role given two different countries in the
 * document is ambiguous and gives none. Immutable; built once per document by {@link EventCoder#context}.
 */
public final class ActorContext {

    private static final ActorContext EMPTY = new ActorContext(Map.of());

    private final Map<String, String> codeByKey;

    private ActorContext(Map<String, String> codeByKey) {
        this.codeByKey = Map.copyOf(codeByKey);
    }

    /** A context that knows nobody: every actor keeps the code its own sentence gives it. */
    public static ActorContext empty() {
        return EMPTY;
    }

    /** The actor with the document's country for its name or role when it has no code of its own; else the actor itself. */
    Actor apply(Actor a, CountryTable countries, SectorWords sectors) {
        if (a.code() != null || codeByKey.isEmpty()) {
            return a;
        }
        Keys k = keys(a, countries, sectors);
        for (String name : k.names()) {
            String code = codeByKey.get(name);
            if (code != null) {
                return a.withCode(code);
            }
        }
        String code = k.role() == null ? null : codeByKey.get(k.role());
        return code == null ? a : a.withCode(code);
    }

    /** The names and role words of an actor: capitalized words that are neither a country nor a title, and the role phrase. */
    private static Keys keys(Actor a, CountryTable countries, SectorWords sectors) {
        List<Word> words = Word.of(a.text(), 0, a.text().length(), List.of());
        Set<String> names = new HashSet<>();
        String role = null;
        for (int i = 0; i < words.size(); i++) {
            int n = sectors.phraseLength(words, i);
            if (n > 0) {
                role = role == null ? phrase(words, i, n) : role;
                i += n - 1;
                continue;
            }
            Word w = words.get(i);
            if (w.text().length() > 1 && Character.isUpperCase(w.text().charAt(0)) && !w.isPunctuation()
                    && countries.lookup(w.text()) == null && !w.lower().equals("the")) {
                names.add(w.text());
            }
        }
        return new Keys(names, role);
    }

    private static String phrase(List<Word> words, int i, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            b.append(k > i ? " " : "").append(words.get(k).lower());
        }
        return b.toString();
    }

    private record Keys(Set<String> names, String role) {
    }

    /** Collects the coded actors of a document, sentence by sentence. Not thread-safe. */
    static final class Builder {
        private final Map<String, String> codeByKey = new HashMap<>();
        private final Set<String> ambiguous = new HashSet<>();
        private final CountryTable countries;
        private final SectorWords sectors;

        Builder(CountryTable countries, SectorWords sectors) {
            this.countries = countries;
            this.sectors = sectors;
        }

        void learn(Actor a) {
            if (a.code() == null || a.code().equals("IGO") || a.code().equals("NGO")) {
                return;
            }
            Keys k = keys(a, countries, sectors);
            k.names().forEach(name -> put(name, a.code()));
            if (k.role() != null) {
                put(k.role(), a.code());
            }
        }

        private void put(String key, String code) {
            String before = codeByKey.putIfAbsent(key, code);
            if (before != null && !before.equals(code)) {
                ambiguous.add(key);
            }
        }

        ActorContext build() {
            Map<String, String> out = new HashMap<>(codeByKey);
            out.keySet().removeAll(ambiguous);
            return new ActorContext(out);
        }
    }
}
