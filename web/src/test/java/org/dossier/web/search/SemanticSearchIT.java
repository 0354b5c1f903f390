package org.dossier.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.embed.BgeSentenceEmbedder;
import org.dossier.web.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over the stored example dossier with the real BGE model, without a browser. */
class SemanticSearchIT {

    @TempDir
    static Path root;
    private static SearchService search;

    @BeforeAll
    static void index() throws IOException {
        Path event = Files.createDirectories(root.resolve("ishiba-2025"));
        try (InputStream in = SemanticSearchIT.class.getResourceAsStream("/org/dossier/web/example-dossier.json")) {
            Files.copy(in, event.resolve("dossier.json"));
        }
        search = new SearchService(new Workspace(root),
                new SearchEmbedder(new BgeSentenceEmbedder(), BgeSentenceEmbedder.QUERY_INSTRUCTION));
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    @Test
    void theLngPledgeComesFirstForLiquefiedNaturalGasPurchases() {
        List<SearchHit> hits = search.search("ishiba-2025", "liquefied natural gas purchases", SearchMode.SEMANTIC, 10).hits();
        assertThat(hits.get(0).text()).as(ranking(hits)).startsWith("The prime minister pledged to expand Japanese purchases of American LNG");
        assertThat(hits.get(0).source()).isEqualTo("001_d072e86d91685106");
        assertThat(hits.subList(0, 5)).allSatisfy(h -> assertThat(h.text()).containsPattern("LNG|natural gas"));
    }

    private static String ranking(List<SearchHit> hits) {
        StringBuilder out = new StringBuilder("the ranking:");
        hits.forEach(h -> out.append("\n").append(String.format("%.4f", h.score())).append(' ').append(h.text()));
        return out.toString();
    }

    @Test
    void findsTheSenkakuTreatySentencesByMeaning() {
        List<SearchHit> hits = search.search("ishiba-2025", "defence of the disputed islands", SearchMode.SEMANTIC, 5).hits();
        assertThat(hits.subList(0, 2)).allSatisfy(h -> assertThat(h.text()).contains("Senkaku"));
    }

    @Test
    void fullTextSearchMatchesWordsOnly() {
        List<SearchHit> hits = search.search("ishiba-2025", "Senkaku", SearchMode.TEXT, 20).hits();
        assertThat(hits).hasSizeGreaterThanOrEqualTo(3).allSatisfy(h -> assertThat(h.text()).contains("Senkaku"));
    }
}
