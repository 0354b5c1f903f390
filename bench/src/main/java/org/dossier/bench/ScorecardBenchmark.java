package org.dossier.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.dossier.ClaimItem;
import org.dossier.model.dossier.Coverage;
import org.dossier.model.dossier.Dossier;
import org.dossier.model.dossier.EventInfo;
import org.dossier.reconcile.crosssource.CrossSourceAnalyzer;
import org.dossier.reconcile.crosssource.CrossSourceFindings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cross-source stage (scorecard matching, agreements, contradictions) over a synthetic dossier: {@code sources}
 * articles of 20 claim sentences, half written before the event and half after, embedded by {@link HashingEmbedder}.
 * 30 sources (600 claims) are read as all pairs, 300 (6,000 claims) through candidate pairs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScorecardBenchmark {

    @Param({"30", "300"})
    public int sources;

    private Dossier dossier;
    private final CrossSourceAnalyzer analyzer = new CrossSourceAnalyzer(new HashingEmbedder());

    @Setup
    public void dossier() {
        dossier = synthetic(sources);
    }

    /** A dossier holding only sources and claims, as the cross-source stage reads them. */
    static Dossier synthetic(int sources) {
        SyntheticNews news = new SyntheticNews(2);
        List<Source> list = new ArrayList<>();
        List<ClaimItem> claims = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            SyntheticNews.Article a = news.article(i, 20, i < sources / 2 ? Phase.BEFORE : Phase.AFTER);
            list.add(a.source());
            for (SyntheticNews.ClaimSpan c : a.claims()) {
                claims.add(new ClaimItem("c" + claims.size(), c.kind(), c.topic(), List.of(), c.evidence()));
            }
        }
        return new Dossier(Dossier.SCHEMA, "2025-06-21T00:00:00Z", new EventInfo(null, null, null, List.of()), list,
                List.of(), List.of(), List.of(), List.of(), claims, List.of(), List.of(), List.of(),
                new Coverage(List.of(), Map.of(), Map.of()), List.of(), List.of());
    }

    @Benchmark
    public CrossSourceFindings analyze() {
        return analyzer.analyze(dossier);
    }
}
