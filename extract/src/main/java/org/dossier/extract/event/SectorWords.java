package org.dossier.extract.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Role words and phrases and the actor sector they give, with CAMEO/PLOVER sector codes: "Prime Minister", "authorities" →
 * {@code GOV}; "troops", "army" → {@code MIL}; "police" → {@code COP}; "rebels" → {@code REB}; "opposition" → {@code OPP};
 * "parliament" → {@code LEG}; "court" → {@code JUD}; "company" → {@code BUS}; and so on. Plurals are matched too.
 */
final class SectorWords {

    private static final Map<String, List<String>> BY_SECTOR = Map.ofEntries(
            Map.entry("GOV", List.of("government", "administration", "authorities", "authority", "official", "president",
                    "prime minister", "premier", "minister", "ministry", "cabinet", "king", "queen", "emperor", "prince", "sultan",
                    "emir", "leader", "spokesman", "spokeswoman", "ambassador", "embassy", "envoy", "diplomat", "negotiator",
                    "delegation", "secretary", "secretary-general", "secretary general", "chancellor", "governor", "mayor",
                    "regime", "junta", "monarch", "dictator", "state department", "foreign ministry",
                    "interior ministry", "foreign minister", "defence minister", "defense minister")),
            Map.entry("MIL", List.of("army", "troops", "soldier", "military", "forces", "force", "navy", "air force", "aircraft",
                    "warplane", "jet", "helicopter", "gunship", "serviceman", "servicemen", "officer", "general", "commander",
                    "peacekeeper", "peace-keeper", "battalion", "marine", "defence ministry", "defense ministry", "security forces")),
            Map.entry("COP", List.of("police", "policeman", "policemen", "border patrol", "security chief", "gendarmerie",
                    "riot police", "security service")),
            Map.entry("REB", List.of("rebel", "insurgent", "guerrilla", "militant", "militia", "separatist", "extremist",
                    "armed group", "terrorist", "fighter", "rebel group", "guerrillas")),
            Map.entry("OPP", List.of("opposition", "activist", "dissident", "supporter", "opposition coalition")),
            Map.entry("LEG", List.of("parliament", "congress", "senate", "assembly", "lawmaker", "legislator", "legislature", "mp",
                    "deputy", "senator", "parliamentarian")),
            Map.entry("JUD", List.of("court", "judge", "judiciary", "prosecutor", "tribunal", "constitutional court", "jurist")),
            Map.entry("BUS", List.of("company", "firm", "business", "corporation", "businessman", "businessmen", "industry")),
            Map.entry("PTY", List.of("party")),
            Map.entry("REF", List.of("refugee", "displaced", "refugee camp")),
            Map.entry("EDU", List.of("student", "university", "school", "teacher", "academic")),
            Map.entry("MED", List.of("doctor", "hospital", "medical", "physician", "nurse")),
            Map.entry("JRN", List.of("journalist", "media", "newspaper", "reporter", "website", "broadcaster")),
            Map.entry("LAB", List.of("worker", "union", "labor", "labour", "trade union")),
            Map.entry("CVL", List.of("civilian", "people", "resident", "villager", "inhabitant", "citizen", "national",
                    "demonstrator", "protester", "youth", "settler", "immigrant", "population", "town", "village", "community")),
            Map.entry("CRM", List.of("hacker", "criminal", "kidnapper", "hostage-taker", "smuggler", "gang", "pirate")),
            Map.entry("REL", List.of("bishop", "archbishop", "cleric", "clergy", "imam", "priest", "church", "pope", "ayatollah")));

    private final Map<String, String> sectorByPhrase;
    private final int longest;

    SectorWords() {
        Map<String, String> map = new HashMap<>();
        int max = 1;
        for (Map.Entry<String, List<String>> e : BY_SECTOR.entrySet()) {
            for (String phrase : e.getValue()) {
                for (String form : Inflections.nounForms(phrase)) {
                    map.putIfAbsent(form, e.getKey());
                }
                max = Math.max(max, phrase.split(" ").length);
            }
        }
        this.sectorByPhrase = Map.copyOf(map);
        this.longest = max;
    }

    /** The number of words of the longest role phrase starting at {@code words[i]}, or 0 when none starts there. */
    int phraseLength(List<Word> words, int i) {
        for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
            if (sectorByPhrase.containsKey(phrase(words, i, n))) {
                return n;
            }
        }
        return 0;
    }

    /** The sector of the role phrase of {@code n} words at {@code words[i]}, or null. */
    String sector(List<Word> words, int i, int n) {
        return n == 0 ? null : sectorByPhrase.get(phrase(words, i, n));
    }

    private static String phrase(List<Word> words, int i, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            b.append(k > i ? " " : "").append(words.get(k).lower());
        }
        return b.toString();
    }
}
