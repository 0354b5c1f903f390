package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.dossier.model.DroppedSpan;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextReaderTest {

    private final PlainTextReader reader = new PlainTextReader();

    private Source read(String text) throws IngestException {
        return reader.read(new RawInput("doc", "file:///doc.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAWholeArticle() throws IngestException {
        String raw = String.join("\n",
                "World News",
                "",
                "Leaders Pledge a “Golden Age” of Ties",
                "",
                "By Jane Doe",
                "Published: 4:09 p.m. ET, February 7, 2025",
                "",
                "The two leaders pledged on Friday to deepen security and economic cooperation.",
                "",
                "Security",
                "",
                "They agreed to hold regular meetings of their foreign and defence ministers.",
                "",
                "Subscribe to our newsletter",
                "",
                "© 2025 The Example Times");
        Source source = read(raw);
        assertThat(source.id()).isEqualTo("doc");
        assertThat(source.uri()).isEqualTo("file:///doc.txt");
        assertThat(source.title()).isEqualTo("Leaders Pledge a “Golden Age” of Ties");
        assertThat(source.author()).isEqualTo("Jane Doe");
        assertThat(source.outlet()).isEqualTo("The Example Times");
        assertThat(source.published()).isEqualTo("2025-02-07T16:09-05:00");
        assertThat(source.publishedInferred()).isFalse();
        assertThat(source.language()).isEqualTo("en");
        assertThat(source.phase()).isEqualTo(Phase.UNKNOWN);
        assertThat(source.warnings()).isEmpty();
        assertThat(source.text()).isEqualTo(String.join("\n",
                "Leaders Pledge a “Golden Age” of Ties",
                "",
                "The two leaders pledged on Friday to deepen security and economic cooperation.",
                "",
                "Security",
                "",
                "They agreed to hold regular meetings of their foreign and defence ministers."));
        assertThat(source.dropped()).extracting(DroppedSpan::reason)
                .containsExactly("section-label", "byline", "dateline", "promo", "copyright");
        assertThat(source.dropped()).allSatisfy(span ->
                assertThat(source.text()).doesNotContain(raw.substring(span.start(), span.end())));
    }

    @Test
    void readsAnAgencyStyleArticle() throws IngestException {
        Source source = read(String.join("\n",
                "Japan’s leader meets Trump at White House, pledges $1 trillion investment",
                "By MARI YAMAGUCHI and ZEKE MILLER",
                "Updated 4:09 PM EST, February 7, 2025",
                "Share",
                "TOKYO (AP) — Japanese Prime Minister Shigeru Ishiba met President Donald Trump on Friday in Washington.",
                "“We’re going to have a great relationship,” Trump said.",
                "Ishiba said he was pleased.",
                "Related Coverage",
                "Trump says tariffs coming for Japan",
                "Copyright 2025 The Associated Press. All rights reserved."));
        assertThat(source.author()).isEqualTo("Mari Yamaguchi and Zeke Miller");
        assertThat(source.outlet()).isEqualTo("The Associated Press");
        assertThat(source.published()).isEqualTo("2025-02-07T16:09-05:00");
        assertThat(source.text()).endsWith("“We’re going to have a great relationship,” Trump said.\nIshiba said he was pleased.");
        assertThat(source.dropped()).extracting(DroppedSpan::reason).containsExactly(
                "byline", "dateline", "promo", "related-links", "related-links", "copyright");
    }

    @Test
    void offsetsIndexTheTextWithoutItsBom() throws IngestException {
        byte[] body = "Menu\nA Title For the Piece\nThe two leaders pledged to deepen security cooperation on Friday."
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Source source = reader.read(new RawInput("bom", null, bytes));
        assertThat(source.dropped()).containsExactly(new DroppedSpan(0, 4, "navigation"));
        assertThat(source.text()).startsWith("A Title For the Piece\n");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiterString = "=>", value = {
        "                 => empty input",
        "'   \n\t\u00A0 ' => empty input (only whitespace)",
    })
    void rejectsEmptyInput(String text, String reason) {
        String content = text == null ? "" : text;
        assertThatThrownBy(() -> read(content))
                .isInstanceOf(IngestException.class)
                .hasMessage("doc: " + reason)
                .satisfies(e -> assertThat(((IngestException) e).sourceId()).isEqualTo("doc"));
    }

    @Test
    void rejectsBinaryContent() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(new RawInput("pdf", null, pdf)))
                .isInstanceOf(IngestException.class)
                .hasMessage("pdf: binary content (PDF signature)");
    }

    @Test
    void warnsAboutReplacedBytes() throws IngestException {
        byte[] bytes = "A caf\u00e9 in the city centre was evacuated on Tuesday after the alarm."
                .getBytes(StandardCharsets.ISO_8859_1);
        Source source = reader.read(new RawInput("latin1", null, bytes));
        assertThat(source.text()).contains("caf\uFFFD");
        assertThat(source.warnings()).containsExactly("1 invalid UTF-8 byte sequence(s) replaced with U+FFFD");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"x", "-", "\n\n-\n", "Subscribe now", "Image", "©", "By", "By Jane Doe",
        "February 30, 2025", "||||", "\r\r\r.", "“", "\uFFFD\uFFFD", "Related\n-\n-\n-", "A. B. C. D. E. F. G. H.",
        "2025-99-99T99:99Z", "13:61 JST, February 7, 2025", "\u2028\u2029\u0085"})
    void oddInputNeverThrowsAnythingElse(String text) {
        assertReadsOrRejects(text);
    }

    @Test
    void randomInputNeverThrowsAnythingElse() {
        Random random = new Random(42);
        String alphabet = "aZ .,:;?!\"“”’'-|\n\r\t©0123456789JSTFebruaryBy Image Subscribe\u00A0\u0000\u0007é漢";
        for (int n = 0; n < 500; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(300);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertReadsOrRejects(s.toString());
        }
        for (int n = 0; n < 200; n++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            try {
                reader.read(new RawInput("random", null, bytes));
            } catch (IngestException expected) {
                assertThat(expected.getMessage()).startsWith("random: ").doesNotContain("\n");
            }
        }
    }

    private void assertReadsOrRejects(String text) {
        try {
            Source source = read(text);
            assertThat(source.text()).isNotNull();
            for (DroppedSpan span : source.dropped()) {
                assertThat(span.start()).isBetween(0, span.end());
                assertThat(span.end()).isLessThanOrEqualTo(text.length());
            }
        } catch (IngestException expected) {
            assertThat(expected.getMessage()).startsWith("doc: ").doesNotContain("\n");
        }
    }
}
