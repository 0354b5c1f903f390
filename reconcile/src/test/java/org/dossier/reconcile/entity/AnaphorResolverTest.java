package org.dossier.reconcile.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Evidence;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.dossier.Entity;
import org.dossier.model.fact.Anaphor;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.fact.Gender;
import org.dossier.model.fact.Mention;
import org.junit.jupiter.api.Test;

class AnaphorResolverTest {

    /** One document: its text, and the facts built on it by the test. */
    private static final class Doc {
        final String id;
        final String text;
        final List<Mention> mentions = new ArrayList<>();
        final List<Anaphor> anaphors = new ArrayList<>();

        Doc(String id, String text) {
            this.id = id;
            this.text = text;
        }

        /** The {@code nth} (0-based) occurrence of {@code words} as whole words. */
        Evidence at(String words, int nth) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(words) + "\\b")
                    .matcher(text);
            for (int k = 0; k <= nth; k++) {
                m.find();
            }
            return Evidence.of(id, text, m.start(), m.end());
        }

        Evidence person(String name, int nth, String title, String role, Gender gender) {
            Evidence e = at(name, nth);
            Evidence titled = title == null ? null : Evidence.of(id, text, e.start() - title.length() - 1, e.end());
            mentions.add(new Mention(e, "PERSON", titled, role, gender));
            return e;
        }

        void description(String words, int nth, boolean qualified, Evidence... holders) {
            anaphors.add(new Anaphor(at(words, nth), words.replaceFirst("(?i)^the ", "").toLowerCase(), qualified,
                    Gender.UNKNOWN, List.of(holders)));
        }

        void pronoun(String word, int nth, Gender gender, Evidence... before) {
            anaphors.add(new Anaphor(at(word, nth), null, false, gender, List.of(before)));
        }

        Source source() {
            return new Source(id, null, null, null, null, null, false, "en", Phase.UNKNOWN, text, List.of(), List.of());
        }

        DocumentFacts facts() {
            return new DocumentFacts(id, mentions, List.of(), List.of(), List.of(), List.of(), List.of(), anaphors);
        }
    }

    private static List<Entity> resolve(Doc... docs) {
        List<Source> sources = List.of(docs).stream().map(Doc::source).toList();
        List<DocumentFacts> facts = List.of(docs).stream().map(Doc::facts).toList();
        return new AnaphorResolver().resolve(new EntityResolver().resolve(sources, facts), facts).entities();
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.aliases().contains(name)).findFirst().orElseThrow();
    }

    private static List<String> resolvedTexts(Entity e) {
        return e.mentions().stream().filter(Evidence::resolved).map(Evidence::text).toList();
    }

    @Test
    void aDescriptionJoinsTheOnePersonOfItsDocumentHoldingTheTitleWithExactOffsets() {
        Doc d = new Doc("s1", "Prime Minister Ishiba met President Trump. The prime minister smiled.");
        Evidence ishiba = d.person("Ishiba", 0, "Prime Minister", "Prime Minister", Gender.UNKNOWN);
        d.person("Trump", 0, "President", "President", Gender.UNKNOWN);
        d.description("The prime minister", 0, false, ishiba);

        Entity e = named(resolve(d), "Ishiba");

        assertThat(resolvedTexts(e)).containsExactly("The prime minister");
        Evidence m = e.mentions().stream().filter(Evidence::resolved).findFirst().orElseThrow();
        assertThat(d.text.substring(m.start(), m.end())).isEqualTo(m.text());
        assertThat(e.aliases()).doesNotContain("The prime minister");
    }

    @Test
    void aQualifiedDescriptionWithTwoHoldersStaysOpenAndAnUnqualifiedOneGoesToTheDominantHolder() {
        Doc d = new Doc("s1", "Prime Minister Ishiba and Prime Minister Netanyahu. Ishiba, Ishiba, Ishiba. "
                + "The prime minister spoke. The Israeli prime minister spoke.");
        Evidence ishiba = d.person("Ishiba", 0, "Prime Minister", "Prime Minister", Gender.UNKNOWN);
        Evidence netanyahu = d.person("Netanyahu", 0, "Prime Minister", "Prime Minister", Gender.UNKNOWN);
        for (int k = 1; k <= 3; k++) {
            d.person("Ishiba", k, null, null, Gender.UNKNOWN);
        }
        d.description("The prime minister", 0, false, ishiba, netanyahu);
        d.description("The Israeli prime minister", 0, true, ishiba, netanyahu);

        List<Entity> entities = resolve(d);

        assertThat(resolvedTexts(named(entities, "Ishiba"))).containsExactly("The prime minister");
        assertThat(resolvedTexts(named(entities, "Netanyahu"))).isEmpty();
    }

    @Test
    void aPronounJoinsTheOnePersonInItsWindowWhoseGenderIsKnownToMatch() {
        Doc d = new Doc("s1", "Mrs. Abe arrived. She spoke. Trump waved. He left. Trump ran. He fell. "
                + "Mrs. Abe and Trump met; she smiled and he waved.");
        Evidence abe = d.person("Abe", 0, "Mrs.", null, Gender.FEMALE);
        Evidence t1 = d.person("Trump", 0, null, null, Gender.UNKNOWN);
        Evidence t2 = d.person("Trump", 1, null, null, Gender.UNKNOWN);
        Evidence abe2 = d.person("Abe", 1, "Mrs.", null, Gender.FEMALE);
        Evidence t3 = d.person("Trump", 2, null, null, Gender.UNKNOWN);
        d.pronoun("She", 0, Gender.FEMALE, abe);
        d.pronoun("He", 0, Gender.MALE, t1);
        d.pronoun("He", 1, Gender.MALE, t2);
        d.pronoun("she", 0, Gender.FEMALE, abe2, t3);
        d.pronoun("he", 0, Gender.MALE, abe2, t3);

        List<Entity> entities = resolve(d);

        // Abe is female by her honorific, Trump male by the two pronouns that follow him alone
        assertThat(resolvedTexts(named(entities, "Abe"))).containsExactly("She", "she");
        assertThat(resolvedTexts(named(entities, "Trump"))).containsExactly("He", "He", "he");
    }

    @Test
    void aPronounNextToAPersonOfUnknownGenderStaysOpen() {
        Doc d = new Doc("s1", "Mrs. Abe and Trump met. She smiled.");
        Evidence abe = d.person("Abe", 0, "Mrs.", null, Gender.FEMALE);
        Evidence trump = d.person("Trump", 0, null, null, Gender.UNKNOWN);
        d.pronoun("She", 0, Gender.FEMALE, abe, trump);

        assertThat(resolvedTexts(named(resolve(d), "Abe"))).isEmpty();
    }

    @Test
    void aPersonsGenderIsLearntFromThePronounsThatFollowWhereNoOneElseIsNamed() {
        Doc d = new Doc("s1", "Trump waved. He left. Trump spoke. His aides cheered. Trump and Ishiba met. He smiled.");
        Evidence t1 = d.person("Trump", 0, null, null, Gender.UNKNOWN);
        Evidence t2 = d.person("Trump", 1, null, null, Gender.UNKNOWN);
        Evidence t3 = d.person("Trump", 2, null, null, Gender.UNKNOWN);
        Evidence ishiba = d.person("Ishiba", 0, null, null, Gender.UNKNOWN);
        d.pronoun("He", 0, Gender.MALE, t1);
        d.pronoun("His", 0, Gender.MALE, t2);
        d.pronoun("He", 1, Gender.MALE, t3, ishiba);

        List<Entity> entities = resolve(d);

        // two votes make Trump male; the last "He" could be Ishiba, whose gender is unknown, so it stays open
        assertThat(resolvedTexts(named(entities, "Trump"))).containsExactly("He", "His");
        assertThat(resolvedTexts(named(entities, "Ishiba"))).isEmpty();
    }

    @Test
    void aPronounAfterADescriptionOfNoKnownPersonStaysOpen() {
        Doc d = new Doc("s1", "Trump waved. He left. Trump spoke. He left. Trump met the minister. He smiled.");
        Evidence t1 = d.person("Trump", 0, null, null, Gender.UNKNOWN);
        Evidence t2 = d.person("Trump", 1, null, null, Gender.UNKNOWN);
        Evidence t3 = d.person("Trump", 2, null, null, Gender.UNKNOWN);
        d.pronoun("He", 0, Gender.MALE, t1);
        d.pronoun("He", 1, Gender.MALE, t2);
        d.description("the minister", 0, false);
        d.pronoun("He", 2, Gender.MALE, t3, d.at("the minister", 0));

        assertThat(resolvedTexts(named(resolve(d), "Trump"))).containsExactly("He", "He");
    }

    @Test
    void anEarlierPronounForSomeoneElseInTheWindowLeavesAPronounOpen() {
        Doc d = new Doc("s1", "Ishiba left. He waved. Ishiba ran. He fell. Trump came. He sat. Trump ate. He slept. "
                + "Ishiba arrived. How he talks to Trump matters. Will he succeed?");
        for (String name : List.of("Ishiba", "Trump")) {
            for (int k = 0; k < 2; k++) {
                d.pronoun("He", d.anaphors.size(), Gender.MALE, d.person(name, k, null, null, Gender.UNKNOWN));
            }
        }
        Evidence ishiba = d.person("Ishiba", 2, null, null, Gender.UNKNOWN);
        Evidence trump = d.person("Trump", 2, null, null, Gender.UNKNOWN);
        Evidence how = d.at("he", 0);
        d.pronoun("he", 0, Gender.MALE, ishiba);
        d.pronoun("he", 1, Gender.MALE, how, trump);

        List<Entity> entities = resolve(d);

        // "How he talks": Ishiba, the only one named before; "Will he": Ishiba by that "he", or Trump, so open
        assertThat(resolvedTexts(named(entities, "Ishiba"))).containsExactly("He", "He", "he");
        assertThat(resolvedTexts(named(entities, "Trump"))).containsExactly("He", "He");
    }
}
