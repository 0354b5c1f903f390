package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dossier.eval.EvalException;
import org.dossier.eval.EvalReport;
import org.dossier.eval.GoldScorer;
import org.dossier.eval.Measure;
import org.dossier.eval.Scores;
import org.dossier.eval.plover.PloverScorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier eval}: scores a dossier.json against a gold file, one line per measure and the overall mean; with
 * {@code --plover}, scores PLOVER event lines against PLOVER gold standard records.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score a dossier.json against a gold dossier (format: shared/eval/README.md), "
                + "or with --plover the output of 'annotate --format plover' against PLOVER gold records.")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "The gold file.")
    Path gold;

    @Parameters(index = "0", paramLabel = "DOSSIER.json", description = "The dossier to score (with --plover: the event lines).")
    Path dossier;

    @Option(names = "--plover", description = "Score PLOVER event lines (JSON lines by id) against a JSON array of PLOVER "
            + "gold records: event category, source country and target country accuracy.")
    boolean plover;

    @Option(names = {"-v", "--verbose"}, description = "Also list every miss.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            if (plover) {
                return plover();
            }
            Scores scores = GoldScorer.scoreFiles(gold, dossier);
            spec.commandLine().getOut().print(EvalReport.format(scores));
            if (verbose) {
                spec.commandLine().getOut().print(EvalReport.formatMisses(scores));
            }
            spec.commandLine().getOut().flush();
            return 0;
        } catch (EvalException e) {
            spec.commandLine().getErr().println("dossier eval: " + e.getMessage());
            return DossierCommand.USER_ERROR;
        }
    }

    private int plover() throws EvalException {
        PrintWriter out = spec.commandLine().getOut();
        List<Measure> measures = PloverScorer.scoreFiles(gold, dossier);
        for (Measure m : measures) {
            out.printf(Locale.ROOT, "%-24s %.3f  (%d/%d)%n", m.name(), m.value(), m.numerator(), m.denominator());
        }
        if (verbose) {
            for (Measure m : measures) {
                m.misses().forEach(miss -> out.println("miss " + m.name() + ": " + miss));
            }
        }
        out.flush();
        return 0;
    }
}
