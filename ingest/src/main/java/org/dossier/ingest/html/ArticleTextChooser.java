package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Chooses between the layout-based main text and the page's JSON-LD {@code articleBody}. The JSON-LD body is used
 * only when it is long enough, its words are visible in the page, it is not a mere summary (at least half the layout
 * text's length), and the layout text misses part of it; otherwise the layout text wins, as it keeps the paragraphs.
 */
public final class ArticleTextChooser {

    /** Share of the JSON-LD body's words the layout text must hold to be kept. */
    static final double AGREEMENT = 0.9;

    private final ExtractionConfig config;
    private final MainTextExtractor extractor;

    public ArticleTextChooser(ExtractionConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        this.config = config;
        this.extractor = new MainTextExtractor(config);
    }

    public ExtractionConfig config() {
        return config;
    }

    /** The main text of a parsed page whose metadata has been read. */
    public MainText choose(Document document, PageMetadata metadata) {
        MainText layout = extractor.extract(document);
        String body = metadata.articleBody();
        if (body == null) {
            return layout;
        }
        if (body.indexOf('<') >= 0 && body.indexOf('>') > body.indexOf('<')) {
            body = Jsoup.parseBodyFragment(body).wholeText();
        }
        List<String> blocks = new ArrayList<>();
        for (String line : body.split("\\R")) {
            String block = line.strip().replaceAll("\\s+", " ");
            if (!block.isEmpty()) {
                blocks.add(block);
            }
        }
        MainText jsonLd = new MainText(blocks, layout.dropped());
        if (jsonLd.length() < config.jsonLdMinChars()) {
            return layout;
        }
        WordBag jsonWords = WordBag.of(jsonLd.text());
        WordBag pageWords = WordBag.of(document.body() == null ? document.text() : document.body().text());
        if (jsonWords.coveredBy(pageWords) < config.jsonLdMinCoverage()) {
            return layout;
        }
        WordBag layoutWords = WordBag.of(layout.text());
        boolean layoutMissesBody = jsonWords.coveredBy(layoutWords) < AGREEMENT;
        boolean bodyIsWhole = jsonWords.size() >= layoutWords.size() / 2;
        return layoutMissesBody && bodyIsWhole ? jsonLd : layout;
    }
}
