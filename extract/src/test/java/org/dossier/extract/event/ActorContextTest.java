package org.dossier.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorContextTest {

    private static final CountryTable COUNTRIES = CountryTable.standard();
    private static final SectorWords SECTORS = new SectorWords();

    private static Actor actor(String text, String code) {
        return new Actor(text, code, null, 0, text.length());
    }

    private static String codeOf(ActorContext context, String text) {
        return context.apply(actor(text, null), COUNTRIES, SECTORS).code();
    }

    @Test
    void aLaterMentionByNameOrRoleTakesTheCountryTheDocumentGaveIt() {
        ActorContext.Builder b = new ActorContext.Builder(COUNTRIES, SECTORS);
        b.learn(actor("Japanese Prime Minister Shigeru Ishiba", "JPN"));
        ActorContext context = b.build();

        assertThat(codeOf(context, "Ishiba")).isEqualTo("JPN");
        assertThat(codeOf(context, "the prime minister")).isEqualTo("JPN");
        assertThat(codeOf(context, "Trump")).isNull();
    }

    @Test
    void aRoleGivenTwoCountriesGivesNone() {
        ActorContext.Builder b = new ActorContext.Builder(COUNTRIES, SECTORS);
        b.learn(actor("Japanese Prime Minister Shigeru Ishiba", "JPN"));
        b.learn(actor("Israeli Prime Minister Benjamin Netanyahu", "ISR"));
        ActorContext context = b.build();

        assertThat(codeOf(context, "the prime minister")).isNull();
        assertThat(codeOf(context, "Netanyahu")).isEqualTo("ISR");
    }

    @Test
    void anActorWithItsOwnCodeKeepsIt() {
        ActorContext.Builder b = new ActorContext.Builder(COUNTRIES, SECTORS);
        b.learn(actor("Japanese Prime Minister Shigeru Ishiba", "JPN"));

        assertThat(b.build().apply(actor("Ishiba", "USA"), COUNTRIES, SECTORS).code()).isEqualTo("USA");
        assertThat(ActorContext.empty().apply(actor("Ishiba", null), COUNTRIES, SECTORS).code()).isNull();
    }
}
