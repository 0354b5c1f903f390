package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.RawInput;
import org.dossier.model.Source;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static final String PARAGRAPHS = "<p>The council voted on Tuesday to close the old bridge, citing cracks "
            + "found by inspectors, rising repair costs, and the risk to traffic.</p>"
            + "<p>Residents said the closure would add twenty minutes to their commute, and several asked for a ferry.</p>"
            + "<p>The mayor, speaking after the vote, promised a replacement within three years.</p>";

    private static final String ARTICLE = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            + "<title>Bridge closed | Gazette</title>"
            + "<meta property=\"og:site_name\" content=\"The Gazette\">"
            + "<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00+01:00\">"
            + "<meta name=\"author\" content=\"Jane Roe\">"
            + "<link rel=\"canonical\" href=\"https://gazette.example/2024/03/05/bridge\"></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>"
            + "<div class=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies?</div>"
            + "<article><h1>Bridge closed</h1>" + PARAGRAPHS
            + "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a></div>"
            + "</article><aside class=\"related\"><ul><li><a href=\"/a\">Other story one</a></li>"
            + "<li><a href=\"/b\">Other story two</a></li></ul></aside>"
            + "<footer>Copyright 2024 The Gazette. All rights reserved.</footer></body></html>";

    private final HtmlReader reader = new HtmlReader();

    private Source read(byte[] bytes) throws IngestException {
        return reader.read(new RawInput("page", "file:///tmp/page.html", bytes));
    }

    @Test
    void keepsParagraphsInOrderAndDropsNavigationCookiesShareBarsAndRelatedLinks() throws IngestException {
        Source source = read(ARTICLE.getBytes(StandardCharsets.UTF_8));

        assertThat(source.text()).isEqualTo(String.join("\n",
                "The council voted on Tuesday to close the old bridge, citing cracks found by inspectors, rising repair "
                        + "costs, and the risk to traffic.",
                "Residents said the closure would add twenty minutes to their commute, and several asked for a ferry.",
                "The mayor, speaking after the vote, promised a replacement within three years."));
        assertThat(source.dropped()).isNotEmpty();
        String html = ARTICLE;
        assertThat(source.dropped()).anySatisfy(d -> assertThat(html.substring(d.start(), d.end())).startsWith("<nav>"));
    }

    @Test
    void readsMetadataFromMetaTags() throws IngestException {
        Source source = read(ARTICLE.getBytes(StandardCharsets.UTF_8));

        assertThat(source.title()).isEqualTo("Bridge closed | Gazette");
        assertThat(source.outlet()).isEqualTo("The Gazette");
        assertThat(source.author()).isEqualTo("Jane Roe");
        assertThat(source.published()).isEqualTo("2024-03-05T09:30:00+01:00");
        assertThat(source.language()).isEqualTo("en");
        assertThat(source.uri()).isEqualTo("https://gazette.example/2024/03/05/bridge");
    }

    @Test
    void jsonLdArticleWinsForTitleAuthorsAndDate() throws IngestException {
        String page = ARTICLE.replace("</head>", "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Gazette\"},{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Old bridge to close\",\"datePublished\":\"2024-03-05T08:00:00Z\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Roe\"},{\"@type\":\"Person\",\"name\":\"Li Wei\"}]}]}"
                + "</script></head>");

        Source source = read(page.getBytes(StandardCharsets.UTF_8));

        assertThat(source.title()).isEqualTo("Old bridge to close");
        assertThat(source.author()).isEqualTo("Jane Roe, Li Wei");
        assertThat(source.published()).isEqualTo("2024-03-05T08:00:00+00:00");
        assertThat(ExtractTextJson.line(source)).contains("\"authors\":[\"Jane Roe\",\"Li Wei\"]")
                .contains("\"articleBody\":\"The council voted");
    }

    @Test
    void unpacksGzip() throws IOException, IngestException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(read(out.toByteArray()).text()).startsWith("The council voted");
    }

    @Test
    void decodesDeclaredShiftJisAndEucJp() throws IngestException {
        String japanese = "<html><head><meta charset=\"%s\"></head><body><article><p>東京都議会は火曜日、古い橋を閉鎖することを"
                + "決めた。検査で亀裂が見つかり、修理費用が増えているためだ。住民は通勤時間が延びると話した。</p></article></body></html>";
        for (String charset : new String[] {"Shift_JIS", "EUC-JP"}) {
            byte[] bytes = String.format(japanese, charset).getBytes(Charset.forName(charset));

            assertThat(read(bytes).text()).as(charset).startsWith("東京都議会は火曜日");
        }
    }

    @Test
    void decodesUndeclaredWindows1252() throws IngestException {
        String page = "<html><body><article><p>Caf\u00e9 owners said the \u201cnew rules\u201d would cost them "
                + "\u20ac2,000 a year, and asked the council to reconsider.</p></article></body></html>";

        Source source = read(page.getBytes(Charset.forName("windows-1252")));

        assertThat(source.text()).startsWith("Caf\u00e9 owners said the \u201cnew rules\u201d would cost them \u20ac2,000");
        assertThat(source.warnings()).anyMatch(w -> w.contains("windows-1252"));
    }

    @Test
    void invalidUtf8BytesGiveAWarningNotAnError() throws IngestException {
        byte[] page = ("<html><head><meta charset=utf-8></head><body><article>" + PARAGRAPHS + "</article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        page[page.length - 40] = (byte) 0xFF;

        assertThat(read(page).warnings()).anyMatch(w -> w.contains("invalid UTF-8"));
    }

    @Test
    void truncatedHtmlIsReadWithAWarning() throws IngestException {
        String truncated = ARTICLE.substring(0, ARTICLE.indexOf("The mayor"));

        Source source = read(truncated.getBytes(StandardCharsets.UTF_8));

        assertThat(source.text()).startsWith("The council voted");
        assertThat(source.warnings()).anyMatch(w -> w.contains("truncated"));
    }

    @Test
    void pageWithoutBodyIsReadWithAWarning() throws IngestException {
        Source source = read(("<html><head><title>T</title></head>" + PARAGRAPHS).getBytes(StandardCharsets.UTF_8));

        assertThat(source.text()).startsWith("The council voted");
        assertThat(source.warnings()).contains("no <body> element");
    }

    @Test
    void navigationOnlyPageHasNoArticleText() {
        String nav = "<html><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>"
                + "<footer>Copyright</footer></body></html>";

        assertThatThrownBy(() -> read(nav.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IngestException.class).hasMessage("page: no article text found");
    }

    @Test
    void binaryBytesNamedHtmlAreRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);

        assertThatThrownBy(() -> read(png)).isInstanceOf(IngestException.class)
                .hasMessage("page: binary content (PNG signature)");
        assertThatThrownBy(() -> read(noise)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("page: binary content");
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(IngestException.class)
                .hasMessage("page: empty input");
    }

    @Test
    void deeplyNestedHtmlDoesNotOverflowTheStack() throws IngestException {
        int depth = 10_000;
        String page = "<html><body>" + "<div>".repeat(depth) + "<article>" + PARAGRAPHS + "</article>"
                + "</div>".repeat(depth) + "</body></html>";

        Source source = read(page.getBytes(StandardCharsets.UTF_8));

        assertThat(source.text()).contains("The mayor, speaking after the vote");
    }
}
