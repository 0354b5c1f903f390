package org.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.RawInput;
import org.dossier.model.DroppedSpan;
import org.dossier.model.Source;

/**
 * Random tag soup, random bytes and mutated pages: the HTML reader returns a source or refuses the page with an
 * {@link IngestException}, and its dropped spans index the decoded HTML.
 */
class HtmlReaderPropertyTest {

    private static final String PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Barrier approved | Harbour Times</title>
            <meta property="article:published_time" content="2025-03-03T10:14:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Port Ellison approves flood barrier</h1>
            <p>Maria Delgado, the mayor of Port Ellison, announced that the city will build a flood barrier along its harbour.</p>
            <p>"We cannot wait for the next storm to tell us what we already know," Delgado told reporters at City Hall.</p>
            <p>The barrier is expected to cost $42 million, according to the city budget office.</p></article>
            <footer>© 2025 Harbour Times</footer><script>var x = "<p>not text</p>";</script></body></html>
            """;

    private final HtmlReader reader = new HtmlReader();

    @Property(tries = 200)
    void randomTagSoupIsReadOrRefused(@ForAll("tagSoup") String html) {
        check(html.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void randomBytesAreReadOrRefused(@ForAll @Size(max = 2000) byte[] bytes) {
        check(bytes);
    }

    @Property(tries = 200)
    void pagesCutAnywhereAreReadOrRefused(@ForAll @IntRange(min = 0, max = 1000) int cut, @ForAll("tagSoup") String tail) {
        String page = PAGE.substring(0, Math.min(cut, PAGE.length())) + tail;
        check(page.getBytes(StandardCharsets.UTF_8));
    }

    private void check(byte[] bytes) {
        Source source;
        try {
            source = reader.read(new RawInput("page", "file:///tmp/page.html", bytes));
        } catch (IngestException e) {
            assertThat(e.reason()).isNotBlank().doesNotContain("\n");
            return;
        }
        String decoded = HtmlDecoder.decode(bytes, HtmlReader.MAX_BYTES).text();
        assertThat(source.text()).isNotBlank();
        for (DroppedSpan d : source.dropped()) {
            assertThat(d.start()).isBetween(0, d.end());
            assertThat(d.end()).isLessThanOrEqualTo(decoded.length());
        }
    }

    @Provide
    static Arbitrary<String> tagSoup() {
        Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
                .list().ofMinSize(1).ofMaxSize(30).map(l -> String.join(" ", l) + ". ");
        Arbitrary<String> tags = Arbitraries.of("<p>", "</p>", "<div>", "</div>", "<div class=\"share-bar\">",
                "<article>", "</article>", "<script>", "</script>", "<style>", "</style>", "<iframe src=x>", "</iframe>",
                "<!--", "-->", "<![CDATA[", "]]>", "&amp;", "&#x0;", "&#99999999;", "&", "<", ">", "\"", "'", "<br>",
                "<body>", "</body>", "<html>", "</html>", "<head>", "</head>", "<meta charset=\"shift_jis\">",
                "<meta charset=\"utf-16\">", "<title>", "</title>", "<time datetime=\"2025-99-99\">", "</time>",
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":", "}</script>",
                "<h1>", "</h1>", "<nav>", "</nav>", "<table><tr><td>", "</td></tr></table>", "<p hidden>", "<svg>",
                "<math>", "<template>", "</template>", "<noscript>", "<textarea>", "<plaintext>", "<a href=\"", "\">",
                "\u0000", "\uFEFF", "東京", "\n");
        return Arbitraries.oneOf(words, tags, Arbitraries.strings().ofMaxLength(5)).list().ofMaxSize(120)
                .map(l -> String.join("", l));
    }
}
