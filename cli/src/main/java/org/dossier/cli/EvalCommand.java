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
import org.dossier.eval.QuoteLinesScorer;
import org.dossier.eval.Scores;
import org.dossier.eval.nlp.NameScorer;
import org.dossier.eval.nlp.Prf;
import org.dossier.eval.nlp.TimexScorer;
import org.dossier.eval.cluster.BCubedScore;
import org.dossier.eval.cluster.EventsFile;
import org.dossier.eval.plover.PloverScorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier eval}: scores a dossier.json against a gold file, one line per measure and the overall mean; with
 * {@code --plover}, scores PLOVER event lines against PLOVER gold standard records; with {@code --timeml} or {@code --conll},
 * time expressions or names with the TempEval-3 and CoNLL-2003 measures; with {@code --events}, B-cubed of event groupings;
 * with {@code --quotes}, the quote lines of {@code annotate --format jsonl} against a gold dossier's quotes.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score a dossier.json against a gold dossier (format: shared/eval/README.md), "
                + "or with --plover the output of 'annotate --format plover' against PLOVER gold records, "
                + "or with --timeml / --conll the output of 'annotate --format timeml' / 'conll' against gold files, "
                + "or with --events the events.json of 'discover' against gold events, "
                + "or with --quotes the quote lines of 'annotate --format jsonl' against a gold dossier's quotes.")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "The gold file.")
    Path gold;

    @Parameters(index = "0", paramLabel = "DOSSIER.json", description = "The dossier to score (with --plover: the event lines).")
    Path dossier;

    @Option(names = "--plover", description = "Score PLOVER event lines (JSON lines by id) against a JSON array of PLOVER "
            + "gold records: event category, source country and target country accuracy.")
    boolean plover;

    @Option(names = "--timeml", description = "Score a folder of TimeML files against a folder of gold TimeML files of the "
            + "same names (--gold): TempEval-3 strict and relaxed span F1, value and type F1 and accuracy of TIMEX3.")
    boolean timeml;

    @Option(names = "--conll", description = "Score a CoNLL file against a gold CoNLL file with the same tokens (--gold), "
            + "the tag in each file's last column: name F1 overall, per class, without MISC and untyped.")
    boolean conll;

    @Option(names = "--events", description = "Score the events.json of 'dossier discover' against gold events (the same "
            + "shape: {\"events\": [{\"id\", \"sources\"}]}): B-cubed precision, recall and F1 over the gold sources.")
    boolean events;

    @Option(names = "--quotes", description = "Score the quote lines of 'annotate --format jsonl' (one JSON object per line; "
            + "doc ids are the input file names) against the quotes and not_quotes of a gold dossier (--gold): quote "
            + "detection and speaker end-to-end precision, recall and F1.")
    boolean quotes;

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
            if (timeml) {
                return timeml();
            }
            if (conll) {
                return conll();
            }
            if (events) {
                return events();
            }
            if (quotes) {
                return quotes();
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

    private int events() throws EvalException {
        PrintWriter out = spec.commandLine().getOut();
        BCubedScore s = EventsFile.score(gold, dossier);
        out.printf(Locale.ROOT, "bcubed_precision %.3f%nbcubed_recall    %.3f%nbcubed_f1        %.3f%n", s.precision(),
                s.recall(), s.f1());
        out.printf(Locale.ROOT, "(%d gold sources, %d in no event, %d sources not in the gold)%n", s.items(),
                s.unplaced(), s.extra());
        out.flush();
        return 0;
    }

    private int quotes() throws EvalException {
        PrintWriter out = spec.commandLine().getOut();
        QuoteLinesScorer.Result r = QuoteLinesScorer.scoreFiles(gold, dossier);
        out.println("quote_detection " + r.detection().format());
        out.println("quote_speaker   " + r.speakers().format());
        out.printf(Locale.ROOT, "not_quotes      %d/%d kept out%n", r.notQuotesKept(), r.notQuotes());
        out.println("quote_detection_not_quotes_as_errors " + r.detectionNotQuotesAsErrors().format());
        if (verbose) {
            r.misses().forEach(m -> out.println("miss " + m));
        }
        out.flush();
        return 0;
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

    private int timeml() throws EvalException {
        PrintWriter out = spec.commandLine().getOut();
        TimexScorer.Result r = TimexScorer.scoreFolders(gold, dossier);
        out.println("timex_strict    " + r.strict().format());
        out.println("timex_relaxed   " + r.relaxed().format());
        out.println("timex_value     " + r.value().format());
        out.println("timex_type      " + r.type().format());
        out.printf(Locale.ROOT, "value_accuracy  %5.1f%n", 100 * r.valueAccuracy());
        out.printf(Locale.ROOT, "type_accuracy   %5.1f%n", 100 * r.typeAccuracy());
        if (verbose) {
            r.misses().forEach(m -> out.println("miss " + m));
        }
        out.flush();
        return 0;
    }

    private int conll() throws EvalException {
        PrintWriter out = spec.commandLine().getOut();
        NameScorer.Result r = NameScorer.scoreFiles(gold, dossier);
        out.println("names_all          " + r.all().format());
        out.println("names_without_misc " + r.withoutMisc().format());
        out.println("names_untyped      " + r.untyped().format());
        for (var e : r.perClass().entrySet()) {
            Prf p = e.getValue();
            out.printf(Locale.ROOT, "  %-16s %s%n", e.getKey(), p.format());
        }
        out.println("tokens             " + r.tokens());
        out.flush();
        return 0;
    }
}
