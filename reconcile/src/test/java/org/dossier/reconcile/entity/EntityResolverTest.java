package org.dossier.reconcile.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Evidence;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.dossier.Entity;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.fact.Gender;
import org.dossier.model.fact.Mention;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    /** One source per text; every {@code [Name|TYPE|gender]} marks a mention. */
    private static List<Entity> resolve(String... texts) {
        List<Source> sources = new ArrayList<>();
        List<DocumentFacts> facts = new ArrayList<>();
        for (int d = 0; d < texts.length; d++) {
            String id = "s" + d;
            StringBuilder plain = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            List<String[]> meta = new ArrayList<>();
            String t = texts[d];
            int i = 0;
            while (i < t.length()) {
                if (t.charAt(i) == '[') {
                    int close = t.indexOf(']', i);
                    String[] parts = t.substring(i + 1, close).split("\\|");
                    spans.add(new int[] {plain.length(), plain.length() + parts[0].length()});
                    meta.add(parts);
                    plain.append(parts[0]);
                    i = close + 1;
                } else {
                    plain.append(t.charAt(i++));
                }
            }
            String text = plain.toString();
            List<Mention> mentions = new ArrayList<>();
            for (int k = 0; k < spans.size(); k++) {
                String[] m = meta.get(k);
                Gender g = m.length > 2 ? Gender.valueOf(m[2]) : Gender.UNKNOWN;
                mentions.add(new Mention(Evidence.of(id, text, spans.get(k)[0], spans.get(k)[1]), m[1], null, null, g));
            }
            sources.add(new Source(id, null, null, null, null, null, false, "en", Phase.UNKNOWN, text, List.of(), List.of()));
            facts.add(new DocumentFacts(id, mentions, List.of(), List.of(), List.of(), List.of(), List.of()));
        }
        return new EntityResolver().resolve(sources, facts).entities();
    }

    private static Entity named(List<Entity> entities, String alias) {
        return entities.stream().filter(e -> e.aliases().contains(alias)).findFirst().orElseThrow();
    }

    @Test
    void mergesNameOrderAndSurnameAcrossSources() {
        List<Entity> e = resolve("[Ishiba Shigeru|PERSON] met [Trump|PERSON].", "[Shigeru Ishiba|PERSON] and [Ishiba|PERSON] again.");
        Entity ishiba = named(e, "Ishiba");
        assertThat(ishiba.aliases()).contains("Ishiba Shigeru", "Shigeru Ishiba");
        assertThat(ishiba.mentions()).hasSize(3);
    }

    @Test
    void keepsApartPeopleWhoShareASurnameAndUsesGenderToAttachTheSurname() {
        List<Entity> e = resolve("[Shinzo Abe|PERSON] and his widow [Akie Abe|PERSON|FEMALE] met [Abe|PERSON|FEMALE].");
        assertThat(named(e, "Shinzo Abe")).isNotEqualTo(named(e, "Akie Abe"));
        assertThat(named(e, "Akie Abe").mentions()).hasSize(2);
    }

    @Test
    void leavesAnAmbiguousSurnameApart() {
        List<Entity> e = resolve("[Shinzo Abe|PERSON] and [Akie Abe|PERSON] and [Abe|PERSON].");
        assertThat(named(e, "Abe").aliases()).containsExactly("Abe");
    }

    @Test
    void joinsAnAcronymGivenInParentheses() {
        List<Entity> e = resolve("The [Quadrilateral Security Dialogue|ORGANIZATION] ([QUAD|ORGANIZATION]) met.", "The [QUAD|ORGANIZATION] again.");
        assertThat(named(e, "QUAD").name()).isEqualTo("Quadrilateral Security Dialogue");
        assertThat(named(e, "QUAD").mentions()).hasSize(3);
    }

    @Test
    void joinsCountryAbbreviationsAndCorporateSuffixesButNotSimilarCompanies() {
        List<Entity> e = resolve("[US Steel|ORGANIZATION] and [United States Steel Corp.|ORGANIZATION] and [Nippon Steel|ORGANIZATION].");
        assertThat(named(e, "US Steel")).isEqualTo(named(e, "United States Steel Corp."));
        assertThat(named(e, "US Steel")).isNotEqualTo(named(e, "Nippon Steel"));
    }

    @Test
    void aSurnameTaggedAsAPlaceJoinsThePerson() {
        List<Entity> e = resolve("[Donald Trump|PERSON] said [Trump|PERSON] and [Trump|PERSON] won; the [Trump|LOCATION] team.");
        assertThat(named(e, "Donald Trump").mentions()).hasSize(4);
    }
}
