package org.dossier.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.eval.GoldScorer;
import org.dossier.eval.Measure;
import org.dossier.eval.Scores;
import org.dossier.model.dossier.ClaimItem;
import org.dossier.model.dossier.Dossier;
import org.dossier.present.JsonDossierReader;
import org.dossier.present.JsonDossierWriter;
import org.dossier.reconcile.crosssource.CrossSourceAnalyzer;
import org.dossier.reconcile.crosssource.CrossSourceFindings;
import org.junit.jupiter.api.Test;

/**
 * The cross-source analysis with BGE on the example corpus's dossier (built outside the tests: the articles may not be
 * copied here), scored against the gold. The dossier is found by the system property {@code dossier.example} (default
 * {@code /tmp/ishiba-dossier/dossier.json}); the test is skipped when it is absent.
 */
class CrossSourceExampleIT {

    private static final List<String> MEASURES = List.of("scorecard_linked", "scorecard_status", "contradictions", "agreements");

    @Test
    void findingsCoverTheGoldRows() throws Exception {
        Path dossierFile = Path.of(System.getProperty("dossier.example", "/tmp/ishiba-dossier/dossier.json"));
        Path gold = Path.of(System.getProperty("dossier.shared", "../../shared"), "eval", "ishiba-2025.gold.json");
        assumeTrue(Files.isRegularFile(dossierFile) && Files.isRegularFile(gold), "no example dossier or gold");
        Dossier read = new JsonDossierReader().read(Files.readString(dossierFile));
        // without the clause claims of an earlier analysis (claims inside another claim)
        List<ClaimItem> outermost = read.claims().stream().filter(c -> read.claims().stream().noneMatch(o -> o != c
                && o.evidence().contains(c.evidence()) && o.evidence().text().length() > c.evidence().text().length())).toList();
        Dossier d = new Dossier(read.schema(), read.generated(), read.event(), read.sources(), read.entities(), read.quotes(),
                read.figures(), read.timeline(), outermost, List.of(), List.of(), List.of(), read.coverage(), read.summary(),
                read.events());
        BgeSentenceEmbedder embedder = new BgeSentenceEmbedder();
        long t0 = System.nanoTime();
        CrossSourceFindings f = new CrossSourceAnalyzer(embedder).analyze(d);
        System.out.printf("analysis with BGE: %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        List<ClaimItem> claims = new ArrayList<>(d.claims());
        claims.addAll(f.clauseClaims());
        Dossier withFindings = new Dossier(d.schema(), d.generated(), d.event(), d.sources(), d.entities(), d.quotes(),
                d.figures(), d.timeline(), claims, f.scorecard(), f.contradictions(), f.agreements(), d.coverage(),
                d.summary(), d.events());
        String json = new JsonDossierWriter().render(withFindings);
        Path out = Path.of("target", "example-dossier-with-findings.json");
        Files.writeString(out, json);
        ObjectMapper mapper = new ObjectMapper();
        Scores scores = GoldScorer.score(mapper.readTree(Files.readString(gold)), mapper.readTree(json));

        System.out.println("scorecard rows " + f.scorecard().size());
        f.scorecard().forEach(r -> System.out.println("ROW " + r.status() + " " + r.expectation() + " -> " + r.outcome() + " | " + r.why()));
        f.agreements().forEach(a -> System.out.println("AGREE " + a.about() + " " + a.items().stream().map(e -> e.source().substring(0, 3) + ":" + e.text()).toList()));
        f.contradictions().forEach(c -> System.out.println("CONTRA " + c.kind() + " " + c.about() + " " + c.items().stream().map(e -> e.source().substring(0, 3) + ":" + e.text()).toList()));
        for (String name : MEASURES) {
            Measure m = scores.get(name).orElseThrow();
            System.out.println(name + " " + m.numerator() + "/" + m.denominator());
            m.misses().forEach(miss -> System.out.println("   " + miss));
        }
        assertThat(scores.value("agreements")).isGreaterThanOrEqualTo(0.5);
        assertThat(scores.value("scorecard_linked")).isGreaterThanOrEqualTo(0.3);
    }
}
