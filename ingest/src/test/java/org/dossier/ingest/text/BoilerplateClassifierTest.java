package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BoilerplateClassifierTest {

    private static final String PARAGRAPH = "The two leaders agreed to deepen security cooperation in the region.";

    private static Cleaning classify(String text) {
        return BoilerplateClassifier.classify(Line.split(text));
    }

    private static Map<String, String> droppedLines(String text) {
        var lines = Line.split(text);
        Map<String, String> out = new TreeMap<>();
        classify(text).dropped().forEach((i, reason) -> out.put(lines.get(i).clean(), reason));
        return out;
    }

    @Test
    void dropsHeaderLabelsAndKeepsTitleAndCaption() {
        String text = String.join("\n",
                "Tokyo Report",
                "Summit Puts Alliance to the Test",
                "Recent Features",
                "World | Asia | Japan",
                "Summit Puts Alliance to the Test",
                "The prime minister boards a plane at Haneda Airport on Thursday.",
                "By Jane Doe",
                "February 7, 2025",
                PARAGRAPH);
        Cleaning cleaning = classify(text);
        assertThat(cleaning.title()).isEqualTo("Summit Puts Alliance to the Test");
        assertThat(cleaning.titleLine()).isEqualTo(1);
        assertThat(cleaning.author()).isEqualTo("Jane Doe");
        assertThat(cleaning.published()).isEqualTo("2025-02-07");
        assertThat(droppedLines(text)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Tokyo Report", "section-label",
                "Recent Features", "navigation",
                "World | Asia | Japan", "navigation",
                "Summit Puts Alliance to the Test", "repeated-headline",
                "By Jane Doe", "byline",
                "February 7, 2025", "dateline"));
    }

    @Test
    void articleStartingWithASentenceHasNoTitle() {
        String text = "On February 6, the prime minister met the president in Washington for talks:\n- Affirm the alliance\n"
                + PARAGRAPH;
        Cleaning cleaning = classify(text);
        assertThat(cleaning.title()).isNull();
        assertThat(cleaning.dropped()).isEmpty();
    }

    @Test
    void keepsSectionHeadingsAndBulletsInTheBody() {
        String text = String.join("\n", "A Title For the Piece", PARAGRAPH, "Security", "- Affirm the alliance",
                PARAGRAPH, "Conclusion", PARAGRAPH);
        assertThat(classify(text).dropped()).isEmpty();
    }

    @Test
    void dropsRelatedLinkBlockWithItsHeadlines() {
        String text = String.join("\n", "A Title For the Piece", PARAGRAPH, "MOST READ", "-",
                "Govt Set to Raise Tourist Tax; Aims to Curb Overtourism", "-",
                "Is the Yen About to Recover? Analysts Weigh In", "Read Next");
        assertThat(droppedLines(text)).containsOnlyKeys("MOST READ", "-",
                "Govt Set to Raise Tourist Tax; Aims to Curb Overtourism",
                "Is the Yen About to Recover? Analysts Weigh In", "Read Next")
                .containsValue("related-links");
    }

    @Test
    void relatedBlockEndsAtTheNextSentence() {
        String text = String.join("\n", "A Title For the Piece", PARAGRAPH, "Related", "Another Headline Here",
                "The ministry said the talks would resume next month after the holidays.", PARAGRAPH);
        assertThat(droppedLines(text)).containsOnlyKeys("Related", "Another Headline Here");
    }

    @Test
    void bioSentenceStaysButAuthorCardAfterItGoes() {
        String text = String.join("\n", "A Title For the Piece", PARAGRAPH,
                "Jane Doe is a senior fellow at the Brookings Institution in Washington.", "", "Image", "Jane Doe",
                "Senior Fellow, Foreign Policy");
        Cleaning cleaning = classify(text);
        assertThat(cleaning.author()).isEqualTo("Jane Doe");
        assertThat(cleaning.outlet()).isEqualTo("Brookings Institution");
        assertThat(droppedLines(text)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Image", "image-label",
                "Jane Doe", "author-card",
                "Senior Fellow, Foreign Policy", "author-card"));
    }

    @Test
    void dropsPromosAndCreditsAnywhereAndReadsTheSite() {
        String text = String.join("\n", "A Title For the Piece", PARAGRAPH, "Credit: Official White House photo",
                PARAGRAPH, "Subscribe to our newsletter", PARAGRAPH, "Dreaming of a career in Asia?",
                "Try The Diplomat's jobs board.");
        Cleaning cleaning = classify(text);
        assertThat(cleaning.outlet()).isEqualTo("The Diplomat");
        assertThat(droppedLines(text)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Credit: Official White House photo", "photo-credit",
                "Subscribe to our newsletter", "promo",
                "Dreaming of a career in Asia?", "promo",
                "Try The Diplomat's jobs board.", "promo"));
    }

    @Test
    void copyrightNamesTheOutlet() {
        String text = String.join("\n", "A Title For the Piece", PARAGRAPH, "© 2025 The Japan Times");
        Cleaning cleaning = classify(text);
        assertThat(cleaning.outlet()).isEqualTo("The Japan Times");
        assertThat(droppedLines(text)).containsEntry("© 2025 The Japan Times", "copyright");
    }

    @Test
    void shortClosingSentenceIsNotTrailer() {
        String text = String.join("\n", "A Title For the Piece", PARAGRAPH, "The talks resume Monday.");
        assertThat(classify(text).dropped()).isEmpty();
    }

    @Test
    void readsDatelineJustAfterTheCaption() {
        String text = String.join("\n", "A Title For the Piece", "",
                "Prime Minister Shigeru Ishiba, right, boards a government plane at Haneda Airport on Thursday.",
                "16:09 JST, February 7, 2025", PARAGRAPH);
        Cleaning cleaning = classify(text);
        assertThat(cleaning.published()).isEqualTo("2025-02-07T16:09+09:00");
        assertThat(droppedLines(text)).containsExactlyEntriesOf(Map.of("16:09 JST, February 7, 2025", "dateline"));
    }

    @Test
    void neverReadsPublicationDateFromABodyDate() {
        String text = String.join("\n", "A Title For the Piece", PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH,
                PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH, "Abe first met Trump on Feb. 10, 2017.",
                "February 10, 2017", PARAGRAPH);
        assertThat(classify(text).published()).isNull();
    }

    @Test
    void prefersPublishedOverUpdated() {
        String text = String.join("\n", "A Title For the Piece", "Updated February 8, 2025",
                "Published February 7, 2025", PARAGRAPH);
        assertThat(classify(text).published()).isEqualTo("2025-02-07");
    }
}
