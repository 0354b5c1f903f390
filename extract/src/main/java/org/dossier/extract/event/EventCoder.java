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
 * before the cue, the target as the first actor with a code after it, outside attributions ("…, officials said"), purpose
 * clauses and subordinate clauses. In a passive the subject is the target and the agent after "by" the source; whoever holds a
 * victim "in … custody" is the source of a deed against it; for "Y must …" and "…, X protested" the speaker is the source. A
 * victim or protester without a country is of the place of the deed ("in Kabul"), else takes the other side's country.
 */
public final class EventCoder {

    private static final Set<String> BOUNDARY = Clauses.BOUNDARY;
    private static final Set<String> KILLING = Set.of("kill", "attack");
    private static final Set<String> MILITARY = Set.of("MIL");
    private static final Set<String> ARMED = Set.of("MIL", "REB");
    /** Sectors of organized actors, whose demonym names a state ("Chinese authorities"), unlike a people ("Albanian population"). */
    private static final Set<String> INSTITUTIONS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "OPP");
    private static final int AGENT_WORDS = 25;
    private static final Set<String> COORDINATION = Set.of("and", ",", "or", "&");

    private final EventClassifier classifier;
    private final ActorResolver resolver;
    private final CountryTable countries;
    private final EventLexicon lexicon;
    private final SectorWords sectors = new SectorWords();

    public EventCoder(CountryTable countries, EventLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.countries = Objects.requireNonNull(countries, "countries");
        this.classifier = new EventClassifier(lexicon);
        this.resolver = new ActorResolver(countries);
    }

    /** A coder with the tables shipped with this module. */
    public static EventCoder standard() {
        return new EventCoder(CountryTable.standard(), EventLexicon.standard());
    }

    /** The event of a plain sentence, without part-of-speech tags; null when no event cue is found. */
    public PloverEvent code(String sentence) {
        return code(sentence, Word.of(sentence, 0, sentence.length(), List.of()), ActorContext.empty(), false);
    }

    /** The event of one annotated sentence known to report an event; offsets index the document text; null without a cue. */
    public PloverEvent code(AnnotatedDocument doc, Sentence sentence) {
        return code(doc.text(), words(doc, sentence), ActorContext.empty(), false);
    }

    /**
     * The event of one sentence of running text, where most sentences report none: only a predicate cue counts ("met", "issued
     * an ultimatum"; not "the meeting could prove impactful"), a question reports nothing, and actors without a country take
     * the one the document gave them ({@link #context}), never the other side's. Null when the sentence reports no event.
     */
    public PloverEvent code(AnnotatedDocument doc, Sentence sentence, ActorContext context) {
        List<Word> words = words(doc, sentence);
        if (!words.isEmpty() && words.get(words.size() - 1).text().equals("?")) {
            return null;
        }
        return code(doc.text(), words, Objects.requireNonNull(context, "context"), true);
    }

    /** The countries a document gives its people and roles ("Japanese Prime Minister Shigeru Ishiba"), for later mentions. */
    public ActorContext context(AnnotatedDocument doc) {
        ActorContext.Builder b = new ActorContext.Builder(countries, sectors);
        for (Sentence s : doc.sentences()) {
            resolver.resolve(doc.text(), words(doc, s)).forEach(b::learn);
        }
        return b.build();
    }

    private static List<Word> words(AnnotatedDocument doc, Sentence sentence) {
        List<Token> tokens = doc.tokensOf(sentence);
        return Word.of(doc.text(), sentence.start(), sentence.end(), tokens);
    }

    private PloverEvent code(String text, List<Word> words, ActorContext context, boolean running) {
        List<Actor> actors = resolver.resolve(text, words).stream().map(a -> context.apply(a, countries, sectors)).toList();
        EventClassifier.Classification c = classifier.classify(words, actors);
        if (c == null || (running && !c.predicate())) {
            return null;
        }
        PloverCategory category = c.category();
        PloverCategory deed = c.deed();
        String mode = c.mode();
        int speech = Clauses.trailingSpeech(words, c.first());
        List<Actor> sources;
        List<Actor> targets;
        if (c.reportedDemand()) {
            List<Actor> before = before(actors, words, c.first());
            targets = before.isEmpty() ? List.of() : List.of(before.get(before.size() - 1));
            sources = before.size() > 1 ? List.of(before.get(0)) : List.of();
        } else if (speech >= 0 && (category.verbal() || category == PloverCategory.PROTEST)
                && !within(actors, words, 0, speech).isEmpty()) {
            sources = first(within(actors, words, speech + 1, words.size()));
            targets = first(within(actors, words, 0, speech));
            if (category == PloverCategory.PROTEST) {
                category = PloverCategory.DISAPPROVE;
                deed = category;
                mode = null;
            }
        } else {
            sources = subject(actors, words, c.first());
            targets = object(actors, words, c.last(), running ? firstCode(sources) : null);
            if (c.passive()) {
                targets = sources;
                sources = agent(actors, words, c.last());
            }
            Actor holder = category.verbal() || category.cooperative() ? null
                    : Clauses.holder(actors, words, Clauses.attributionFrom(words, 0));
            if (holder != null && sources.stream().noneMatch(a -> a.start() == holder.start())) {
                List<Actor> victims = sources.isEmpty() ? targets : sources;
                targets = victims.stream().filter(a -> a.start() != holder.start()).toList();
                sources = List.of(holder);
            }
        }
        List<Actor> subjects = sources;
        targets = targets.stream().filter(t -> subjects.stream().noneMatch(a -> a.start() == t.start())).toList();
        if (!category.verbal() && !category.cooperative()) {
            Actor place = location(actors, words, c.last(), sources, targets);
            sources = fill(sources, place == null ? null : place.code());
            targets = fill(targets, place == null ? null : place.code());
        }
        if (category == PloverCategory.FIGHT) {
            EventLexicon.Cue weapon = classifier.weapon(words);
            if (weapon != null && KILLING.contains(c.cue().lemmas().get(0))) {
                category = PloverCategory.ASSAULT;
                mode = weapon.mode();
            } else if (c.cue().lemmas().equals(List.of("kill")) && !armed(sources, MILITARY) && !armed(targets, ARMED)) {
                category = PloverCategory.ASSAULT;
                mode = null;
            }
            deed = category;
        }
        String sourceCode = running ? null : firstCode(sources);
        String targetCode = running ? null : firstCode(targets);
        List<Actor> s = fill(sources, targetCode);
        List<Actor> t = fill(targets, sourceCode);
        Word firstWord = words.get(c.first());
        Word lastWord = words.get(c.last());
        return new PloverEvent(category, deed, mode, c.certainty(), s, t, text.substring(firstWord.start(), lastWord.end()),
                firstWord.start(), lastWord.end());
    }

    /** True when one of the actors has one of these sectors. */
    private static boolean armed(List<Actor> actors, Set<String> sectors) {
        return actors.stream().anyMatch(a -> a.sector() != null && sectors.contains(a.sector()));
    }

    private static List<Actor> first(List<Actor> in) {
        return in.isEmpty() ? List.of() : List.of(in.get(pick(in)));
    }

    /**
     * The place where a deed happened ("killed 23 people … in Tel Aviv"): the first place named after "in", "at", "near", ... in
     * the sentence after the cue and before an attribution, that is not an actor of the event; null when none. A victim or
     * protester without a country is taken to be of that place.
     */
    private Actor location(List<Actor> actors, List<Word> words, int cue, List<Actor> sources, List<Actor> targets) {
        if (sources.stream().allMatch(a -> a.code() != null) && targets.stream().allMatch(a -> a.code() != null)) {
            return null;
        }
        int end = Clauses.attributionFrom(words, cue + 1);
        for (Actor a : within(actors, words, cue + 1, end)) {
            boolean taken = sources.contains(a) || targets.contains(a);
            if (!taken && a.code() != null && place(a) && Clauses.locative(words, a.start())) {
                return a;
            }
        }
        return null;
    }

    /** True when the actor is a bare demonym qualifying a thing ("Japanese purchases"), with no role or sector of its own. */
    private boolean qualifier(Actor a) {
        CountryTable.Entry e = countries.lookup(a.text());
        return e != null && e.demonym() && a.sector() == null;
    }

    /** True when the actor is only a country or capital named as a place (not a demonym, group or organization). */
    private boolean place(Actor a) {
        CountryTable.Entry e = countries.lookup(a.text());
        return e != null && e.kind().equals("C") && !e.demonym();
    }

    /** Actors starting before word {@code cue}. */
    private static List<Actor> before(List<Actor> actors, List<Word> words, int cue) {
        int limit = words.get(cue).start();
        return actors.stream().filter(a -> a.end() <= limit).toList();
    }

    /**
     * The first actor of the clause before the cue, stepping back over appositions ("A member of the Syrian parliament, Mohammed
     * Mamoun, started …") to one with a code when the nearest has none, with actors coordinated with it.
     */
    private static List<Actor> subject(List<Actor> actors, List<Word> words, int cue) {
        int end = cue;
        List<Actor> nearest = null;
        for (int step = 0; step < 3 && end > 0; step++) {
            int start = end - 1;
            while (start >= 0 && !BOUNDARY.contains(words.get(start).text())) {
                start--;
            }
            List<Actor> in = within(actors, words, start + 1, end);
            if (!in.isEmpty() && in.get(pick(in)).code() != null) {
                return coordinated(in, words, pick(in));
            }
            if (!in.isEmpty() && nearest == null) {
                nearest = coordinated(in, words, pick(in));
            }
            end = start;
        }
        return nearest == null ? List.of() : nearest;
    }

    /**
     * The object of the cue: the first actor with a code after it, in running text passing over a bare demonym of the source's
     * country ("[Japan] pledged to expand Japanese purchases of American LNG"), a place named as the location ("in Hong Kong") only when no
     * institution with a code follows ("in defiance of Chinese authorities"); never an actor of a later purpose clause
     * ("… to protest … sending troops to Iraq"), of a subordinate clause after a comma ("…, as authorities in Croatia …") or of
     * the attribution.
     */
    private List<Actor> object(List<Actor> actors, List<Word> words, int cue, String sourceCode) {
        int end = Math.min(Clauses.attributionFrom(words, cue + 1), Clauses.subordinateFrom(words, cue + 1));
        List<Actor> in = within(actors, words, cue + 1, end);
        if (in.isEmpty()) {
            return List.of();
        }
        int afterFirst = Clauses.indexAt(words, in.get(0).end() - 1) + 1;
        int purpose = Clauses.purposeFrom(words, afterFirst, end, lexicon);
        if (purpose < end) {
            int limit = words.get(purpose).start();
            in = in.stream().filter(a -> a.start() < limit).toList();
        }
        int chosen = pick(in);
        while (sourceCode != null && chosen + 1 < in.size() && sourceCode.equals(in.get(chosen).code()) && qualifier(in.get(chosen))) {
            chosen++;
        }
        if (chosen < in.size() && in.get(chosen).code() != null && place(in.get(chosen))
                && Clauses.locative(words, in.get(chosen).start())) {
            for (int i = chosen + 1; i < in.size(); i++) {
                Actor a = in.get(i);
                if (a.code() != null && a.sector() != null && INSTITUTIONS.contains(a.sector()) && !place(a)) {
                    chosen = i;
                    break;
                }
            }
        }
        return coordinated(in, words, chosen);
    }

    /** The agent of a passive: the actor right after "by" following the cue. */
    private static List<Actor> agent(List<Actor> actors, List<Word> words, int cue) {
        for (int i = cue + 1; i < words.size() && i <= cue + AGENT_WORDS; i++) {
            if (words.get(i).lower().equals("by")) {
                List<Actor> in = within(actors, words, i + 1, Math.min(words.size(), i + 7));
                if (!in.isEmpty()) {
                    return List.of(in.get(0));
                }
            }
            if (Clauses.attribution(words, i)) {
                break;
            }
        }
        return List.of();
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
