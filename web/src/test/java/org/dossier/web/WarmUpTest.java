package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.reconcile.crosssource.SentenceEmbedder;
import org.dossier.web.search.QueryCacheStats;
import org.dossier.web.search.SearchEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpTest {

    private static final String QUERY = "query: ";
    private static final String TOKEN = "s3cret-token-0123456789";

    @TempDir
    Path root;
    @TempDir
    Path temp;

    /** The test embedder, noting every text it is asked to embed. */
    private final List<String> embedded = Collections.synchronizedList(new ArrayList<>());
    private final SentenceEmbedder model = sentences -> {
        embedded.addAll(sentences);
        return new HashingEmbedder().embed(sentences);
    };

    @Test
    void aServerWarmsUpBeforeStartReturnsAndLeavesItsWorkspaceAndCachesAsTheyWere() throws Exception {
        Path event = Files.createDirectories(root.resolve("summit"));
        Files.writeString(event.resolve("dossier.json"), "{\"schema\":\"dossier/1\",\"sources\":[{\"id\":\"a\",\"text\":\"Ministers met.\"}]}");
        List<String> before = tree(root);

        try (DossierServer server = DossierServer.start(root, (a, o, p) -> {
            throw new IllegalStateException("no builds");
        }, new SearchEmbedder(model, QUERY), WebConfig.onPort(0).withWarmUpRounds(10))) {
            assertThat(server.warmUp().requests()).isEqualTo(1 + 10 * 7);
            assertThat(server.warmUp().failures()).isZero();
            assertThat(embedded).as("the sample's sentences and its semantic queries went through the model")
                    .anyMatch(s -> s.startsWith(QUERY)).anyMatch(s -> !s.startsWith(QUERY));
            assertThat(tree(root)).as("no index, no file written in the served workspace").isEqualTo(before);
            assertThat(server.queryCacheStats()).isEqualTo(new QueryCacheStats(0, 0, 0, 1024));
        }
    }

    @Test
    void theThrowawayCopyIsServedWithTheAccessTokenAndItsFolderIsDeleted() throws Exception {
        WarmUpReport report = WarmUp.run(new SearchEmbedder(model, QUERY),
                WebConfig.onPort(0).withAccessToken(TOKEN).withWarmUpRounds(3), temp);
        assertThat(report.requests()).isEqualTo(1 + 3 * 7);
        assertThat(report.failures()).isZero();
        assertThat(tree(temp)).isEmpty();
    }

    @Test
    void semanticQueriesRepeatAfterAFewSoTheWarmUpEmbedsABoundedNumber() throws Exception {
        WarmUp.run(new SearchEmbedder(model, QUERY), WebConfig.onPort(0).withWarmUpRounds(200), temp);
        assertThat(embedded.stream().filter(s -> s.startsWith(QUERY)).distinct().count())
                .isLessThanOrEqualTo(WarmUp.NEW_SEMANTIC_QUERIES).isGreaterThan(WarmUp.NEW_SEMANTIC_QUERIES / 2);
        assertThat(embedded.stream().filter(s -> s.startsWith(QUERY)).count()).as("each embedded once, then remembered")
                .isEqualTo(embedded.stream().filter(s -> s.startsWith(QUERY)).distinct().count());
    }

    @Test
    void noWarmUpWhenTurnedOff() {
        try (DossierServer server = DossierServer.start(root, (a, o, p) -> {
            throw new IllegalStateException("no builds");
        }, new SearchEmbedder(model, QUERY), WebConfig.onPort(0).withWarmUpRounds(0))) {
            assertThat(server.warmUp()).isEqualTo(WarmUpReport.NONE);
            assertThat(embedded).isEmpty();
        }
    }

    @Test
    void warmUpRoundsAreOnByDefaultAndBounded() {
        assertThat(WebConfig.onPort(0).warmUpRounds()).isEqualTo(WebConfig.DEFAULT_WARM_UP_ROUNDS).isPositive();
        assertThatThrownBy(() -> WebConfig.onPort(0).withWarmUpRounds(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("warmUpRounds must be between 0 and 100000, was -1");
    }

    /** Every path under {@code dir}, relative to it, sorted. */
    private static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
