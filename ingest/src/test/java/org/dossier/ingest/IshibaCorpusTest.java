package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.DroppedSpan;
import org.dossier.model.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The gold expectations of {@code eval/ishiba-2025.gold.json} on the five Ishiba articles. */
class IshibaCorpusTest {

    private static final String CORPUS = "corpora/ishiba-2025";

    private static Source read(String id) throws IOException, IngestException {
        Path file = SharedData.require(CORPUS).resolve(id + ".txt");
        return new PlainTextReader().read(new RawInput(id, file.toUri().toString(), Files.readAllBytes(file)));
    }

    static Stream<String> ids() {
        return Stream.of("000_a84836fc9bfae287", "001_d072e86d91685106", "002_a4ac59212e22a917",
                "003_cde0f0b2bd50a8cd", "004_f2b89ed524697753");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", nullValues = "null", value = {
        "000_a84836fc9bfae287 => Prime Minister Ishiba’s Visit to Washington => Nicholas Szechenyi => Center for Strategic and International Studies => null",
        "001_d072e86d91685106 => null => null => null => null",
        "002_a4ac59212e22a917 => Ishiba, Headed to White House, Aims to Convince Trump of Need for Strong Alliance => null => null => 2025-02-07T16:09+09:00",
        "003_cde0f0b2bd50a8cd => Japan’s Ishiba Heads to Washington: Strengthening U.S-Japan Relations in a Shifting Global Landscape => null => null => null",
        "004_f2b89ed524697753 => Can Japan’s Ishiba Build a Good Personal Relationship With Trump? => null => The Diplomat => null",
    })
    void readsStatedMetadata(String id, String title, String author, String outlet, String published)
            throws IOException, IngestException {
        Source source = read(id);
        assertThat(source.title()).isEqualTo(title);
        assertThat(source.author()).isEqualTo(author);
        assertThat(source.outlet()).isEqualTo(outlet);
        assertThat(source.published()).isEqualTo(published);
        assertThat(source.publishedInferred()).isFalse();
        assertThat(source.language()).isEqualTo("en");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = "=>", value = {
        "002_a4ac59212e22a917 => JN ACCESS RANKING",
        "002_a4ac59212e22a917 => Govt Set to Raise International Tourist Tax",
        "002_a4ac59212e22a917 => POPULAR ARTICLE",
        "003_cde0f0b2bd50a8cd => subscribe now for expert insights",
        "004_f2b89ed524697753 => Try The Diplomat's jobs board",
        "004_f2b89ed524697753 => Find your Asia-Pacific job",
        "004_f2b89ed524697753 => Recent Features",
        "004_f2b89ed524697753 => Tokyo Report",
        "004_f2b89ed524697753 => Credit: Official White House photo",
        "000_a84836fc9bfae287 => Remote Visualization",
        "000_a84836fc9bfae287 => Vice President, Geopolitics",
    })
    void dropsBoilerplate(String id, String snippet) throws IOException, IngestException {
        assertThat(read(id).text()).doesNotContain(snippet);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = "=>", value = {
        "002_a4ac59212e22a917 => Ishiba is scheduled to return to Japan on Saturday.",
        "002_a4ac59212e22a917 => Prime Minister Shigeru Ishiba, right, and Foreign Minister Takeshi Iwaya board a government plane",
        "004_f2b89ed524697753 => as he is extremely skilled in media strategies to realize his own interests",
        "004_f2b89ed524697753 => Three things to watch at the first Japan-U.S. summit under both leaders.",
        "004_f2b89ed524697753 => Newly inaugurated U.S. President Donald Trump poses with an executive order",
        "004_f2b89ed524697753 => What Are Trump’s Demands for Japan?",
        "003_cde0f0b2bd50a8cd => It’s about shaping the future of an alliance",
        "003_cde0f0b2bd50a8cd => Key Issues on the Table",
        "000_a84836fc9bfae287 => during Trump 2.0",
        "000_a84836fc9bfae287 => Q1: Why the rush to engage President Trump?",
        "000_a84836fc9bfae287 => Nicholas Szechenyi is vice president of the geopolitics",
        "001_d072e86d91685106 => - Affirm the United States–Japan alliance",
    })
    void keepsArticleText(String id, String snippet) throws IOException, IngestException {
        assertThat(read(id).text()).contains(snippet);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = "=>", value = {
        "001_d072e86d91685106 => Security",
        "001_d072e86d91685106 => Economics",
        "001_d072e86d91685106 => Personal Relationship",
        "001_d072e86d91685106 => Conclusion",
        "003_cde0f0b2bd50a8cd => A Defining Moment for Japan-U.S. Relations",
        "004_f2b89ed524697753 => How Much Personal Trust Can Ishiba Build With Trump?",
    })
    void keepsSectionHeadingsAsLines(String id, String heading) throws IOException, IngestException {
        assertThat(read(id).text().lines().map(l -> l.replace('\u00A0', ' ').strip())).contains(heading);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void keepsEveryParagraphAndTheTitleOnce(String id) throws IOException, IngestException {
        Source source = read(id);
        String raw = Files.readString(SharedData.require(CORPUS).resolve(id + ".txt"), StandardCharsets.UTF_8);
        for (String line : raw.split("\n")) {
            String clean = line.strip();
            if (clean.split("\\s+").length >= 12 && clean.matches(".*[.!?”\"]$")) {
                assertThat(source.text()).as("paragraph of %s", id).contains(clean);
            }
        }
        if (source.title() != null) {
            assertThat(source.text()).startsWith(source.title());
            assertThat(source.text().indexOf(source.title(), 1)).isEqualTo(-1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void droppedSpansIndexTheRawTextAndAreCutFromIt(String id) throws IOException, IngestException {
        Source source = read(id);
        String raw = Files.readString(SharedData.require(CORPUS).resolve(id + ".txt"), StandardCharsets.UTF_8);
        StringBuilder cut = new StringBuilder(raw);
        List<DroppedSpan> spans = source.dropped();
        for (int i = spans.size() - 1; i >= 0; i--) {
            DroppedSpan span = spans.get(i);
            assertThat(span.end()).isLessThanOrEqualTo(raw.length());
            String dropped = raw.substring(span.start(), span.end());
            assertThat(span.start() == 0 || raw.charAt(span.start() - 1) == '\n').as("span starts a line").isTrue();
            if (!span.reason().equals("repeated-headline")) {
                assertThat(source.text().lines().map(String::strip)).doesNotContain(dropped.strip());
            }
            int end = span.end() < raw.length() && raw.charAt(span.end()) == '\n' ? span.end() + 1 : span.end();
            cut.delete(span.start(), end);
        }
        assertThat(source.text()).isEqualTo(collapseBlankLines(cut.toString()));
    }

    private static String collapseBlankLines(String s) {
        return s.replaceAll("\n[ \\t\\u00A0]*(?:\n[ \\t\\u00A0]*)+\n", "\n\n").replaceAll("^\\s+|\\s+$", "");
    }
}
