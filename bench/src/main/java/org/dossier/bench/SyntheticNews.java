package org.dossier.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dossier.model.Evidence;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.fact.ClaimKind;
import org.dossier.model.fact.Gender;
import org.dossier.model.fact.Mention;

/**
 * Deterministic news-like articles for the benchmarks: sentences from a few templates over pools of people,
 * organizations, countries, topics, figures and dates, each ending in a clause of four words drawn from 8,000
 * pseudo-words (so sentences of one template share some words, not all), with the mentions and claim sentences marked
 * as an extractor would mark them. The same seed and index always give the same article.
 */
public final class SyntheticNews {

    private static final String[] FIRST = {"Anna", "Boris", "Chen", "Daniel", "Elena", "Farid", "Grace", "Hiro", "Ines",
        "Jonas", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sami", "Tomas", "Ursula", "Viktor",
        "Wen", "Yusuf", "Zara"};
    private static final String[] LAST = {"Abe", "Becker", "Castro", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad",
        "Ivanov", "Jensen", "Kim", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Santos", "Tanaka",
        "Umar", "Valdez", "Weber", "Xu", "Yamada", "Zhou", "Novak", "Silva", "Khan", "Costa"};
    private static final String[] ORGANIZATIONS = {"European Commission", "World Bank", "United Nations",
        "Ministry of Finance", "Central Bank", "Trade Council", "Energy Agency", "Red Cross", "Reuters", "Parliament"};
    private static final String[] COUNTRIES = {"Japan", "France", "Brazil", "Kenya", "India", "Canada", "Germany",
        "Mexico", "Egypt", "Norway", "Chile", "Vietnam", "Poland", "Turkey", "Australia"};
    private static final String[] TOPICS = {"steel tariff", "gas pipeline", "climate", "fisheries", "defence",
        "semiconductor", "grain export", "visa", "debt relief", "railway"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tu", "vas", "sel", "do", "pri", "gan", "ne",
        "hol", "za", "bur", "ti", "men", "cor", "ly", "fas", "que"};

    private final long seed;

    public SyntheticNews(long seed) {
        this.seed = seed;
    }

    /** A marked sentence kind: what the claim classifier would call it. */
    public record ClaimSpan(ClaimKind kind, String topic, Evidence evidence) {
    }

    /** One article: its source, the names in it and its claim sentences. */
    public record Article(Source source, List<Mention> mentions, List<ClaimSpan> claims) {
    }

    /** Article {@code index} with {@code sentences} sentences, written in the given phase of the event. */
    public Article article(int index, int sentences, Phase phase) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        String id = "syn" + index;
        StringBuilder text = new StringBuilder();
        List<int[]> names = new ArrayList<>();
        List<String> nameTypes = new ArrayList<>();
        List<int[]> claimRanges = new ArrayList<>();
        List<ClaimKind> claimKinds = new ArrayList<>();
        List<String> claimTopics = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            String person = pick(random, FIRST) + " " + pick(random, LAST);
            String other = pick(random, FIRST) + " " + pick(random, LAST);
            String country = pick(random, COUNTRIES);
            String org = pick(random, ORGANIZATIONS);
            String topic = pick(random, TOPICS);
            String date = pick(random, MONTHS) + " " + (1 + random.nextInt(28));
            int figure = 2 + random.nextInt(97);
            ClaimKind kind;
            switch (random.nextInt(4)) {
                case 0 -> {
                    name(text, person, "PERSON", names, nameTypes);
                    text.append(" said ");
                    name(text, country, "LOCATION", names, nameTypes);
                    text.append(" would sign a ").append(topic).append(" agreement on ").append(date);
                    kind = phase == Phase.AFTER ? ClaimKind.STATEMENT : ClaimKind.EXPECTATION;
                }
                case 1 -> {
                    text.append("The ");
                    name(text, org, "ORGANIZATION", names, nameTypes);
                    text.append(" expects ").append(topic).append(" exports to rise by ").append(figure).append(" percent");
                    kind = ClaimKind.EXPECTATION;
                }
                case 2 -> {
                    name(text, person, "PERSON", names, nameTypes);
                    text.append(" met ");
                    name(text, other, "PERSON", names, nameTypes);
                    text.append(" in ");
                    name(text, country, "LOCATION", names, nameTypes);
                    text.append(" and signed the ").append(topic).append(" agreement on ").append(date);
                    kind = phase == Phase.BEFORE ? ClaimKind.STATEMENT : ClaimKind.OUTCOME;
                }
                default -> {
                    name(text, person.substring(person.indexOf(' ') + 1), "PERSON", names, nameTypes);
                    text.append(" told reporters that the ");
                    name(text, org, "ORGANIZATION", names, nameTypes);
                    text.append(" will invest $").append(figure).append(" billion in ").append(topic).append(" projects");
                    kind = ClaimKind.STATEMENT;
                }
            }
            text.append(", citing");
            for (int w = 0; w < 4; w++) {
                text.append(' ').append(pseudoWord(random));
            }
            text.append('.');
            claimRanges.add(new int[] {start, text.length()});
            claimKinds.add(kind);
            claimTopics.add(topic);
        }
        String body = text.toString();
        Source source = new Source(id, null, null, null, null, phase == Phase.AFTER ? "2025-06-20" : "2025-06-01", false,
                "en", phase, body, List.of(), List.of());
        List<Mention> mentions = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            mentions.add(new Mention(Evidence.of(id, body, names.get(k)[0], names.get(k)[1]), nameTypes.get(k), null, null,
                    Gender.UNKNOWN));
        }
        List<ClaimSpan> claims = new ArrayList<>();
        for (int k = 0; k < claimRanges.size(); k++) {
            claims.add(new ClaimSpan(claimKinds.get(k), claimTopics.get(k),
                    Evidence.of(id, body, claimRanges.get(k)[0], claimRanges.get(k)[1])));
        }
        return new Article(source, mentions, claims);
    }

    private static void name(StringBuilder text, String name, String type, List<int[]> names, List<String> types) {
        names.add(new int[] {text.length(), text.length() + name.length()});
        types.add(type);
        text.append(name);
    }

    /** One of 20 x 20 x 20 = 8,000 three-syllable words. */
    private static String pseudoWord(SplittableRandom random) {
        return pick(random, SYLLABLES) + pick(random, SYLLABLES) + pick(random, SYLLABLES);
    }

    private static String pick(SplittableRandom random, String[] pool) {
        return pool[random.nextInt(pool.length)];
    }
}
