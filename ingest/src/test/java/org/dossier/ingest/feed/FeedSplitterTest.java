package org.dossier.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.ingest.FormatDetectingReader;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.InputSplitter.Problem;
import org.dossier.ingest.InputSplitter.Split;
import org.dossier.ingest.RawInput;
import org.dossier.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedSplitterTest {

    @TempDir
    Path tmp;

    private final FormatDetectingReader reader = new FormatDetectingReader();

    @Test
    void rssItemsWithFullTextOrAnHtmlDescriptionBecomeSources() throws Exception {
        Split split = new FeedSplitter().split(new RawInput("world", "file:///feeds/world.rss", resource("rss2.xml")));

        assertThat(split.articles()).hasSize(2);
        Source first = reader.read(split.articles().get(0));
        assertThat(first.title()).isEqualTo("Ishiba and Trump agree to deepen ties");
        assertThat(first.published()).isEqualTo("2025-02-07T16:09:00+09:00");
        assertThat(first.author()).isEqualTo("Jane Roe");
        assertThat(first.uri()).isEqualTo("https://news.example/2025/02/07/ishiba-trump");
        assertThat(first.text()).isEqualTo("Prime Minister Shigeru Ishiba met President Donald Trump at the White House on"
                + " Friday.\nThe two leaders agreed to deepen security ties and to expand Japanese investment in the"
                + " United States.");
        Source second = reader.read(split.articles().get(1));
        assertThat(second.author()).isEqualTo("Li Wei");
        assertThat(second.published()).isEqualTo("2025-02-08T09:00:00+00:00");
        assertThat(second.text()).startsWith("The joint statement recognized");
        assertThat(split.problems()).singleElement().isEqualTo(new Problem(" item 3 ('Link only')",
                "no full text, no readable local link and no description, skipped"));
    }

    @Test
    void atomEntriesReadHtmlXhtmlAndTextContent() throws Exception {
        Split split = new FeedSplitter().split(new RawInput("desk", null, resource("atom.xml")));

        assertThat(split.problems()).isEmpty();
        List<Source> sources = read(split);
        assertThat(sources).extracting(Source::title)
                .containsExactly("Leaders meet in Washington", "An xhtml entry", "Plain text entry");
        assertThat(sources.get(0).published()).isEqualTo("2025-02-07T10:00:00+00:00");
        assertThat(sources.get(0).author()).isEqualTo("Ana Gomez");
        assertThat(sources.get(0).uri()).isEqualTo("https://desk.example/leaders-meet");
        assertThat(sources.get(1).text()).startsWith("Officials said the talks would continue");
        assertThat(sources.get(1).published()).isEqualTo("2025-02-09");
        assertThat(sources.get(2).text()).contains("an article.\n\nSecond paragraph");
    }

    @Test
    void itemIdsAreTheFeedIdAndAHashOfTheGuidStableWhenItemsAreAdded() throws Exception {
        String one = rss(item("<guid>a-1</guid>", "First article text that is long enough to be read as a page."));
        String two = rss(item("<guid>b-2</guid>", "A newer article added at the top of the feed, also long enough.")
                + item("<guid>a-1</guid>", "First article text that is long enough to be read as a page."));

        List<String> before = ids(new FeedSplitter().split(raw(one)));
        List<String> after = ids(new FeedSplitter().split(raw(two)));

        assertThat(before).singleElement().asString().matches("news-[0-9a-f]{8}");
        assertThat(after).hasSize(2).doesNotHaveDuplicates().endsWith(before.get(0));
    }

    @Test
    void anItemLinkingALocalPageBesideTheFeedReadsThatPage() throws Exception {
        Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(tmp.resolve("pages/one.html"), "<html><head><title>Page title</title></head><body><article>"
                + "<p>The local page holds the whole article, with more than enough words to be read.</p></article></body></html>");
        Files.writeString(tmp.resolve("secret.html"), "<html><body><p>Outside the feed's folder, never read by it.</p></body></html>");
        Path feed = Files.createDirectories(tmp.resolve("feeds")).resolve("local.rss");
        String xml = rss("<item><title>Feed title</title><link>../pages/one.html</link></item>"
                + "<item><title>Escape</title><link>../secret.html</link></item>");
        Files.writeString(feed, xml);
        Path inside = tmp.resolve("feeds/inside.rss");
        Files.createDirectories(tmp.resolve("feeds/pages"));
        Files.writeString(tmp.resolve("feeds/pages/one.html"), Files.readString(tmp.resolve("pages/one.html")));
        Files.writeString(inside, rss("<item><title>Feed title</title><link>pages/one.html</link>"
                + "<pubDate>Fri, 07 Feb 2025 16:09:00 +0900</pubDate></item>"));
        FeedSplitter splitter = new FeedSplitter(LinkLoader.besideTheFeed(1 << 20));

        Split outside = splitter.split(new RawInput("local", feed.toUri().toString(), Files.readAllBytes(feed)));
        Split beside = splitter.split(new RawInput("inside", inside.toUri().toString(), Files.readAllBytes(inside)));

        assertThat(outside.articles()).isEmpty();
        assertThat(outside.problems()).hasSize(2);
        Source source = reader.read(beside.articles().get(0));
        assertThat(source.title()).isEqualTo("Feed title");
        assertThat(source.published()).isEqualTo("2025-02-07T16:09:00+09:00");
        assertThat(source.text()).startsWith("The local page holds the whole article");
        assertThat(source.uri()).isEqualTo(tmp.resolve("feeds/pages/one.html").toUri().toString());
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-VALUE");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + rss(item("<guid>1</guid>", "An article that mentions &x; and is otherwise long enough to be read."))
                        .replaceFirst("^<\\?xml[^>]*\\?>", "");

        Split split = new FeedSplitter().split(raw(xml));

        assertThat(split.articles()).allSatisfy(a -> assertThat(new String(a.content(), StandardCharsets.UTF_8))
                .doesNotContain("TOP-SECRET-VALUE"));
    }

    @Test
    void xmlThatIsNotAFeedIsOneProblem() {
        Split split = new FeedSplitter().split(raw("<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>"));

        assertThat(split.articles()).isEmpty();
        assertThat(split.problems()).containsExactly(new Problem("", "not an RSS or Atom feed, skipped"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<rss", "<rss><channel><item>", "<feed><entry><content type='xhtml'><div>",
        "<rss><channel><item><title>t</title><link>::::</link></item></channel></rss>", "\u0000\u0001\u0002",
        "<rss><channel><item><pubDate>not a date</pubDate><description>x</description></item></channel></rss>"})
    void garbageGivesProblemsOrArticlesNeverAnException(String content) {
        Split split = new FeedSplitter().split(raw(content));

        assertThat(split.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("\n"));
        for (RawInput a : split.articles()) {
            try {
                reader.read(a);
            } catch (IngestException e) {
                assertThat(e.reason()).doesNotContain("\n");
            }
        }
    }

    private static String rss(String items) {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>" + items + "</channel></rss>";
    }

    private static String item(String guid, String text) {
        return "<item><title>T</title>" + guid + "<description>" + text + "</description></item>";
    }

    private static RawInput raw(String xml) {
        return new RawInput("news", null, xml.getBytes(StandardCharsets.UTF_8));
    }

    private List<Source> read(Split split) throws IngestException {
        List<Source> out = new java.util.ArrayList<>();
        for (RawInput a : split.articles()) {
            out.add(reader.read(a));
        }
        return out;
    }

    private static List<String> ids(Split split) {
        return split.articles().stream().map(RawInput::id).toList();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FeedSplitterTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
