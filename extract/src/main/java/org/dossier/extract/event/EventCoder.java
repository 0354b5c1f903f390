package org.dossier.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Token;

/**
 * Codes one sentence as a PLOVER event: the category from {@link EventClassifier}, the source as the first actor of the clause
 * before the cue, the target as the first actor after the cue and before an attribution ("…, officials said"). In a passive
 * the subject is the target and the agent after "by", if any, the source. For "Y must …" the speaker is the source and Y the
 * target. An actor without a country takes the other side's country (most reported interactions are domestic or bilateral).
 */
public final class EventCoder {

    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "reported", "reports", "according", "quoted",
            "added", "announced", "confirmed", "cautioned", "stated", "charged", "claimed", "reporting", "quoting", "confirming");
    private static final Set<String> BOUNDARY = Set.of(",", ";", ":", "--", "—");
    private static final Set<String> COORDINATION = Set.of("and", ",", "or", "&");

    private final EventClassifier classifier;
    private final ActorResolver resolver;

    public EventCoder(CountryTable countries, EventLexicon lexicon) {
        this.classifier = new EventClassifier(Objects.requireNonNull(lexicon, "lexicon"));
        this.resolver = new ActorResolver(Objects.requireNonNull(countries, "countries"));
    }

    /** A coder with the tables shipped with this module. */
    public static EventCoder standard() {
        return new EventCoder(CountryTable.standard(), EventLexicon.standard());
    }

    /** The event of a plain sentence, without part-of-speech tags; null when no event cue is found. */
    public PloverEvent code(String sentence) {
        return code(sentence, Word.of(sentence, 0, sentence.length(), List.of()));
    }

    /** The event of one annotated sentence; offsets index the document text; null when no event cue is found. */
    public PloverEvent code(AnnotatedDocument doc, Sentence sentence) {
        List<Token> tokens = doc.tokensOf(sentence);
        return code(doc.text(), Word.of(doc.text(), sentence.start(), sentence.end(), tokens));
    }

    private PloverEvent code(String text, List<Word> words) {
        List<Actor> actors = resolver.resolve(text, words);
        EventClassifier.Classification c = classifier.classify(words, actors);
        if (c == null) {
            return null;
        }
        List<Actor> sources;
        List<Actor> targets;
        if (c.reportedDemand()) {
            List<Actor> before = before(actors, words, c.first());
            targets = before.isEmpty() ? List.of() : List.of(before.get(before.size() - 1));
            sources = before.size() > 1 ? List.of(before.get(0)) : List.of();
        } else {
            sources = subject(actors, words, c.first());
            targets = object(actors, words, c.last());
            if (c.passive()) {
                targets = sources;
                sources = agent(actors, words, c.last());
            }
        }
        List<Actor> subjects = sources;
        targets = targets.stream().filter(t -> subjects.stream().noneMatch(a -> a.start() == t.start())).toList();
        String sourceCode = firstCode(sources);
        String targetCode = firstCode(targets);
        List<Actor> s = fill(sources, targetCode);
        List<Actor> t = fill(targets, sourceCode);
        Word first = words.get(c.first());
        Word last = words.get(c.last());
        return new PloverEvent(c.category(), c.mode(), c.certainty(), s, t, text.substring(first.start(), last.end()),
                first.start(), last.end());
    }

    /** Actors starting before word {@code cue}. */
    private static List<Actor> before(List<Actor> actors, List<Word> words, int cue) {
        int limit = words.get(cue).start();
        return actors.stream().filter(a -> a.end() <= limit).toList();
    }

    /** The first actor of the clause before the cue, stepping back over appositions, with actors coordinated with it. */
    private static List<Actor> subject(List<Actor> actors, List<Word> words, int cue) {
        int end = cue;
        for (int step = 0; step < 3 && end > 0; step++) {
            int start = end - 1;
            while (start >= 0 && !BOUNDARY.contains(words.get(start).text())) {
                start--;
            }
            List<Actor> in = within(actors, words, start + 1, end);
            if (!in.isEmpty()) {
                return coordinated(in, words, pick(in));
            }
            end = start;
        }
        return List.of();
    }

    /** The first actor after the cue and before an attribution clause or the end. */
    private static List<Actor> object(List<Actor> actors, List<Word> words, int cue) {
        int end = cue + 1;
        while (end < words.size() && !attribution(words, end)) {
            end++;
        }
        List<Actor> in = within(actors, words, cue + 1, end);
        return in.isEmpty() ? List.of() : coordinated(in, words, pick(in));
    }

    /** The agent of a passive: the actor right after "by" following the cue. */
    private static List<Actor> agent(List<Actor> actors, List<Word> words, int cue) {
        for (int i = cue + 1; i < words.size() && i <= cue + 12; i++) {
            if (words.get(i).lower().equals("by")) {
                List<Actor> in = within(actors, words, i + 1, Math.min(words.size(), i + 7));
                return in.isEmpty() ? List.of() : List.of(in.get(0));
            }
            if (attribution(words, i)) {
                break;
            }
        }
        return List.of();
    }

    private static boolean attribution(List<Word> words, int i) {
        Word w = words.get(i);
        if (w.lower().equals("according")) {
            return true;
        }
        if (!BOUNDARY.contains(w.text())) {
            return false;
        }
        for (int k = i + 1; k < words.size() && k <= i + 6; k++) {
            if (REPORTING.contains(words.get(k).lower())) {
                return true;
            }
            if (BOUNDARY.contains(words.get(k).text())) {
                return false;
            }
        }
        return false;
    }

    private static List<Actor> within(List<Actor> actors, List<Word> words, int fromWord, int toWord) {
        if (fromWord >= toWord || fromWord >= words.size()) {
            return List.of();
        }
        int from = words.get(fromWord).start();
        int to = words.get(toWord - 1).end();
        return actors.stream().filter(a -> a.start() >= from && a.start() < to).toList();
    }

    /** The first actor with a code, else the first actor. */
    private static int pick(List<Actor> in) {
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).code() != null) {
                return i;
            }
        }
        return 0;
    }

    /** The actor at {@code i} and those joined to it by "and", "or" or a comma only. */
    private static List<Actor> coordinated(List<Actor> in, List<Word> words, int i) {
        List<Actor> out = new ArrayList<>();
        out.add(in.get(i));
        for (int k = i + 1; k < in.size(); k++) {
            if (!onlyCoordination(words, in.get(k - 1).end(), in.get(k).start())) {
                break;
            }
            out.add(in.get(k));
        }
        return out;
    }

    private static boolean onlyCoordination(List<Word> words, int from, int to) {
        boolean any = false;
        for (Word w : words) {
            if (w.start() >= from && w.end() <= to) {
                if (!COORDINATION.contains(w.lower()) && !w.lower().equals("the")) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static String firstCode(List<Actor> actors) {
        return actors.stream().map(Actor::code).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static List<Actor> fill(List<Actor> actors, String code) {
        if (code == null) {
            return actors;
        }
        return actors.stream().map(a -> a.code() == null ? a.withCode(code) : a).toList();
    }
}
