package org.dossier.reconcile.crosssource;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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

/**
 * The example corpus's dossier, built outside the tests (the articles may not be copied into the repository): found by
 * the system property {@code dossier.example} (default {@code /tmp/ishiba-dossier/dossier.json}), scored against the gold
 * under {@code dossier.shared}.
 */
final class ExampleDossier {

    static final List<String> MEASURES = List.of("scorecard_linked", "scorecard_status", "contradictions", "agreements");

    private ExampleDossier() {
    }

    static Path dossierFile() {
        return Path.of(System.getProperty("dossier.example", "/tmp/ishiba-dossier/dossier.json"));
    }

    static Path goldFile() {
        return Path.of(System.getProperty("dossier.shared", "../../shared"), "eval", "ishiba-2025.gold.json");
    }

    static boolean present() {
        return Files.isRegularFile(dossierFile()) && Files.isRegularFile(goldFile());
    }

    /** The example dossier without the clause claims of an earlier analysis (claims inside another claim). */
    static Dossier read() throws IOException {
        return withoutClauseClaims(new JsonDossierReader().read(Files.readString(dossierFile())));
    }

    static Dossier withoutClauseClaims(Dossier d) {
        List<ClaimItem> claims = d.claims().stream().filter(c -> d.claims().stream().noneMatch(o -> o != c
                && o.evidence().contains(c.evidence()) && o.evidence().text().length() > c.evidence().text().length())).toList();
        return new Dossier(d.schema(), d.generated(), d.event(), d.sources(), d.entities(), d.quotes(), d.figures(),
                d.timeline(), claims, List.of(), List.of(), List.of(), d.coverage(), d.summary(), d.events());
    }

    /** The dossier with the findings in place (clause claims added to the claims), scored against the gold. */
    static Scores score(Dossier d, CrossSourceFindings f) throws IOException {
        List<ClaimItem> claims = new ArrayList<>(d.claims());
        claims.addAll(f.clauseClaims());
        Dossier withFindings = new Dossier(d.schema(), d.generated(), d.event(), d.sources(), d.entities(), d.quotes(),
                d.figures(), d.timeline(), claims, f.scorecard(), f.contradictions(), f.agreements(), d.coverage(),
                d.summary(), d.events());
        ObjectMapper json = new ObjectMapper();
        return GoldScorer.score(json.readTree(Files.readString(goldFile())),
                json.readTree(new JsonDossierWriter().render(withFindings)));
    }

    static String report(Scores scores) {
        StringBuilder out = new StringBuilder();
        for (String name : MEASURES) {
            Measure m = scores.get(name).orElseThrow();
            out.append(name).append(' ').append(m.numerator()).append('/').append(m.denominator()).append('\n');
            m.misses().forEach(miss -> out.append("   ").append(miss).append('\n'));
        }
        return out.toString();
    }

    static String findings(CrossSourceFindings f) {
        StringBuilder out = new StringBuilder();
        f.scorecard().forEach(r -> out.append("ROW ").append(r.status()).append(' ').append(r.expectation()).append(" -> ")
                .append(r.outcome()).append(" | ").append(r.why()).append('\n'));
        f.agreements().forEach(a -> out.append("AGREE ").append(a.about()).append(' ')
                .append(a.items().stream().map(e -> e.source().substring(0, 3) + ":" + e.text()).toList()).append('\n'));
        f.contradictions().forEach(c -> out.append("CONTRA ").append(c.kind()).append(' ').append(c.about()).append(' ')
                .append(c.items().stream().map(e -> e.source().substring(0, 3) + ":" + e.text()).toList()).append('\n'));
        return out.toString();
    }
}
