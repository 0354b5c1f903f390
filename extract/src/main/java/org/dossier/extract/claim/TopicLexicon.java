package org.dossier.extract.claim;

import java.util.List;

/**
 * General keyword lexicons per topic. A sentence's topic is the one with most keyword hits (words in parentheses count
 * half); ties go to the topic listed first, and no hit gives null. A term is a word, a prefix ending in {@code *}, or a
 * phrase of such words separated by spaces.
 */
final class TopicLexicon {

    /** One topic and its terms, each also split into its words once ({@code parts}). */
    record Topic(String name, List<String> terms, List<String[]> parts) {

        Topic(String name, List<String> terms) {
            this(name, terms, terms.stream().map(t -> t.split(" ")).toList());
        }
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("security", List.of("defense*", "defence*", "militar*", "alliance*", "ally", "allies",
                    "deterrence", "deter", "deterrent", "treaty", "treaties", "troops", "missile*", "nuclear", "security",
                    "army", "navy", "weapon*", "armed", "war", "wars", "warship*", "coast guard")),
            new Topic("trade", List.of("tariff*", "trade", "trading", "surplus*", "deficit*", "export*", "import*", "duties",
                    "protectionis*")),
            new Topic("energy", List.of("lng", "gas", "oil", "energy", "pipeline*", "coal", "electricity", "fuel*",
                    "renewable*", "ammonia", "bioethanol", "power generation")),
            new Topic("investment", List.of("invest", "invests", "invested", "investing", "investment*", "investor*", "acquisition*", "acquire*", "fdi", "merger*", "buyout*", "takeover*",
                    "stake")),
            new Topic("technology", List.of("ai", "artificial intelligence", "semiconductor*", "chip", "chips", "chipmaker*",
                    "technolog*", "tech", "quantum", "digital", "cyber*")),
            new Topic("china", List.of("china", "chinese", "beijing", "taiwan", "taiwanese", "xi jinping")),
            new Topic("north-korea", List.of("north korea", "north korean", "north koreans", "pyongyang", "abductee*",
                    "abduction*", "kim jong un")),
            new Topic("relationship", List.of("trust", "rapport", "relationship*", "personal", "friendship", "chemistry",
                    "bond", "bonds", "personalit*", "ties", "golf")),
            new Topic("economy", List.of("econom*", "gdp", "growth", "jobs", "inflation", "market*", "manufactur*",
                    "industr*", "fiscal", "budget*", "prosperity", "business*", "supply chain*")),
            new Topic("diplomacy", List.of("summit*", "diplomat*", "visit*", "talks", "meeting*", "joint statement",
                    "bilateral", "negotiat*", "foreign minister*", "foreign polic*", "state visit")));

    private TopicLexicon() {
    }

    /** The best topic for the words, or null when no term occurs. */
    static String topicOf(List<ClaimWord> words) {
        String best = null;
        double bestScore = 0;
        for (Topic topic : TOPICS) {
            double score = score(topic, words);
            if (score > bestScore) {
                best = topic.name();
                bestScore = score;
            }
        }
        return best;
    }

    static double score(Topic topic, List<ClaimWord> words) {
        double score = 0;
        for (int i = 0; i < words.size(); i++) {
            for (String[] term : topic.parts()) {
                if (matchesAt(term, words, i)) {
                    score += words.get(i).aside() ? 0.5 : 1;
                }
            }
        }
        return score;
    }

    private static boolean matchesAt(String[] parts, List<ClaimWord> words, int i) {
        if (i + parts.length > words.size()) {
            return false;
        }
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            String word = words.get(i + k).lower();
            int stem = part.length() - 1;
            boolean match = part.charAt(stem) == '*' ? word.length() >= stem && word.regionMatches(0, part, 0, stem)
                    : word.equals(part);
            if (!match) {
                return false;
            }
        }
        return true;
    }
}
