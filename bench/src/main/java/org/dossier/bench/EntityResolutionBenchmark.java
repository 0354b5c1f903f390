package org.dossier.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.reconcile.entity.EntityResolution;
import org.dossier.reconcile.entity.EntityResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Entity resolution over synthetic mentions: {@code sources} articles of 20 sentences (about 40 names each: full
 * names, surnames alone, organizations, countries) resolved into entities across the corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EntityResolutionBenchmark {

    @Param({"100", "1000"})
    public int sources;

    private List<Source> corpus;
    private List<DocumentFacts> facts;
    private final EntityResolver resolver = new EntityResolver();

    @Setup
    public void corpus() {
        SyntheticNews news = new SyntheticNews(1);
        corpus = new ArrayList<>();
        facts = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            SyntheticNews.Article a = news.article(i, 20, i % 2 == 0 ? Phase.BEFORE : Phase.AFTER);
            corpus.add(a.source());
            facts.add(new DocumentFacts(a.source().id(), a.mentions(), List.of(), List.of(), List.of(), List.of(), List.of()));
        }
    }

    @Benchmark
    public EntityResolution resolve() {
        return resolver.resolve(corpus, facts);
    }
}
