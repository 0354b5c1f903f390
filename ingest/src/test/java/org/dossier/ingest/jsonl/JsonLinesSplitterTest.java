package org.dossier.ingest.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dossier.ingest.FormatDetectingReader;
import org.dossier.ingest.InputSplitter.Problem;
import org.dossier.ingest.InputSplitter.Split;
import org.dossier.ingest.RawInput;
import org.dossier.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLinesSplitterTest {

    private static final String ARTICLE = "Prime Minister Shigeru Ishiba met President Donald Trump at the White House on "
            + "Friday. The two leaders agreed to deepen security ties and to expand investment.";

    private final JsonLinesSplitter splitter = new JsonLinesSplitter();

    @Test
    void eachLineWithTextBecomesAnArticleWithTheStatedMetadata() throws Exception {
        Split split = split("""
                {"url":"https://news.example/a","title":"Ishiba meets Trump","published":"2025-02-07T16:09:00+09:00","text":"%s","authors":["Jane Roe","Li Wei"]}
                """.formatted(ARTICLE));

        assertThat(split.problems()).isEmpty();
        RawInput item = split.articles().get(0);
        assertThat(item.uri()).isEqualTo("https://news.example/a");
        assertThat(item.given().mediaType()).isEqualTo("text/plain");
        Source source = new FormatDetectingReader().read(item);
        assertThat(source.title()).isEqualTo("Ishiba meets Trump");
        assertThat(source.published()).isEqualTo("2025-02-07T16:09:00+09:00");
        assertThat(source.author()).isEqualTo("Jane Roe, Li Wei");
        assertThat(source.uri()).isEqualTo("https://news.example/a");
        assertThat(source.text()).isEqualTo(ARTICLE);
    }

    @Test
    void aLineWithHtmlIsReadAsAWebPage() throws Exception {
        String html = "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><p>" + ARTICLE
                + "</p></article></body></html>";
        Split split = split("{\"html\":\"" + html.replace("'", "\\\"") + "\",\"published\":\"Feb 7, 2025\"}\n");

        RawInput item = split.articles().get(0);
        assertThat(item.given().mediaType()).isEqualTo("text/html");
        Source source = new FormatDetectingReader().read(item);
        assertThat(source.text()).isEqualTo(ARTICLE);
        assertThat(source.published()).isEqualTo("2025-02-07");
    }

    @Test
    void aBadLineIsLeftOutWithAProblemNamingItsLineAndTheRestIsRead() {
        Split split = split("""
                {"text":"first article"}
                {"text": "broken
                [1, 2]

                {"title":"no body"}
                {"text":"second article","published":"yesterday"}
                """);

        assertThat(split.articles()).extracting(r -> new String(r.content(), StandardCharsets.UTF_8))
                .containsExactly("first article", "second article");
        assertThat(split.problems()).extracting(Problem::at).containsExactly(":2", ":3", ":5", ":6");
        assertThat(split.problems().get(0).message()).startsWith("not valid JSON (").endsWith("), skipped")
                .doesNotContain("\n");
        assertThat(split.problems()).extracting(Problem::message).element(1).isEqualTo("not a JSON object, skipped");
        assertThat(split.problems()).extracting(Problem::message).element(2)
                .isEqualTo("no \"text\" or \"html\" field, skipped");
        assertThat(split.problems()).extracting(Problem::message).element(3)
                .isEqualTo("\"published\" value 'yesterday' is not a date, ignored");
    }

    @Test
    void idsHashTheUrlOrTheTextSoTheySurviveReorderingAndAddedLines() {
        List<String> before = ids(split("""
                {"url":"https://news.example/a","text":"one"}
                {"text":"two"}
                """));
        List<String> after = ids(split("""
                {"text":"zero"}
                {"text":"two"}
                {"url":"https://news.example/a","text":"one, corrected"}
                """));

        assertThat(before).hasSize(2).allSatisfy(id -> assertThat(id).matches("feed-[0-9a-f]{8}"));
        assertThat(after).contains(before.get(0), before.get(1));
    }

    @Test
    void twoLinesWithOneUrlGetDistinctIds() {
        assertThat(ids(split("""
                {"url":"https://news.example/a","text":"one"}
                {"url":"https://news.example/a","text":"one again"}
                """))).doesNotHaveDuplicates().hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "\uFEFF", "null", "\"text\"", "{", "}}}}", "\u0000\u0001", "{\"text\":42}"})
    void garbageGivesProblemsNeverAnException(String content) {
        Split split = split(content);

        assertThat(split.articles()).isEmpty();
        assertThat(split.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("\n"));
    }

    private Split split(String content) {
        return splitter.split(new RawInput("feed", "file:///data/feed.jsonl", content.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> ids(Split split) {
        return split.articles().stream().map(RawInput::id).toList();
    }
}
