package org.dossier.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.eval.EvalException;
import org.dossier.eval.EvalReport;
import org.dossier.eval.GoldScorer;
import org.dossier.eval.Scores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier eval}: scores a dossier.json against a gold file, one line per measure and the overall mean. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score a dossier.json against a gold dossier (format: shared/eval/README.md).")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "The gold file.")
    Path gold;

    @Parameters(index = "0", paramLabel = "DOSSIER.json", description = "The dossier to score.")
    Path dossier;

    @Option(names = {"-v", "--verbose"}, description = "Also list every miss.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
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
}
