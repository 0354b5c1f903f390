package org.dossier.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NearDuplicateFinderTest {

    static final String WIRE = """
            Japanese Prime Minister Shigeru Ishiba met U.S. President Donald Trump at the White House on Friday, \
            the first summit between the two leaders since Trump returned to office. The two sides agreed to \
            strengthen their alliance and to work toward a free and open Indo-Pacific. Trump said Japan would \
            invest a large amount of money in the United States, and Ishiba said Japanese companies planned to \
            raise their investment to one trillion dollars. The leaders also discussed the bid of Nippon Steel \
            for U.S. Steel, which Trump said would become an investment rather than a purchase. In a joint \
            statement, Washington reaffirmed its commitment to defending Japan, including the Senkaku Islands. \
            Ishiba told reporters after the meeting that the talks had been candid and productive.""";

    static final String OTHER = """
            The Japanese leader arrived in Washington with a plan to talk tariffs, gas and investment, hoping \
            to avoid the trade pressure other allies have faced. Analysts in Tokyo said the visit was a test of \
            whether personal rapport could protect Japan's economy. Officials from both governments spent the \
            week before the trip preparing a statement on security, and the foreign ministry said it expected \
            agreement on energy purchases. Some lawmakers in Tokyo warned that promises made in Washington \
            would be hard to keep if the economy slowed. Business groups welcomed the trip and said they hoped \
            for clear rules on investment screening.""";

    @Test
    void aWireCopyWithItsOwnHeadlineAndFooterIsMarkedAsTheDuplicateOfTheEarlierSource() {
        String copy = "By Staff Writer\n" + WIRE.replace("on Friday", "on Friday (local time)")
                + "\nCopyright 2025 Example Wire. All rights reserved.";
        List<Source> marked = new NearDuplicateFinder().mark(List.of(
                source("repost", copy, "2025-02-08"), source("original", WIRE, "2025-02-07"), source("analysis", OTHER, null)));

        assertThat(marked).extracting(Source::id).containsExactly("repost", "original", "analysis");
        assertThat(marked).extracting(Source::duplicateOf).containsExactly("original", null, null);
        assertThat(marked.get(0).warnings()).singleElement().asString()
                .matches("near-duplicate of original \\(Jaccard 0\\.\\d\\d of 5-word shingles\\)");
        assertThat(marked.get(0).text()).isEqualTo(copy);
    }

    @Test
    void articlesOnTheSameEventInTheirOwnWordsAreNotDuplicates() {
        List<Source> marked = new NearDuplicateFinder().mark(List.of(source("a", WIRE, null), source("b", OTHER, null)));

        assertThat(marked).extracting(Source::duplicateOf).containsOnlyNulls();
    }

    @Test
    void copiesOfCopiesFormOneGroupWithOneOriginal() {
        String[] sentences = WIRE.split("(?<=\\.) ");
        List<Source> in = new ArrayList<>();
        in.add(source("c0", WIRE, "2025-02-07"));
        for (int k = 1; k <= 3; k++) {
            List<String> edited = new ArrayList<>(List.of(sentences));
            edited.set(k, "An editor rewrote sentence number " + k + " in this copy of the story entirely.");
            in.add(source("c" + k, String.join(" ", edited), String.format("2025-02-%02d", 7 + k)));
        }

        assertThat(new NearDuplicateFinder().mark(in)).extracting(Source::duplicateOf)
                .containsExactly(null, "c0", "c0", "c0");
    }

    @Test
    void withoutDatesTheLongestCopyIsTheOriginal() {
        List<Source> marked = new NearDuplicateFinder().mark(List.of(
                source("short", WIRE, null), source("long", WIRE + " More details followed later in the day.", null)));

        assertThat(marked).extracting(Source::duplicateOf).containsExactly("long", null);
    }

    @Test
    void shortTextsAreNeverDuplicates() {
        String brief = "Ishiba met Trump at the White House on Friday.";

        assertThat(new NearDuplicateFinder().mark(List.of(source("a", brief, null), source("b", brief, null))))
                .extracting(Source::duplicateOf).containsOnlyNulls();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "...", "a", "\u0000\uFFFD"})
    void garbageTextsAreKeptUnmarked(String text) {
        assertThat(new NearDuplicateFinder().mark(List.of(source("a", text, null), source("b", text, null))))
                .extracting(Source::duplicateOf).containsOnlyNulls();
    }

    static Source source(String id, String text, String published) {
        return new Source(id, null, null, null, null, published, false, "en", Phase.UNKNOWN, text, List.of(), List.of());
    }
}
