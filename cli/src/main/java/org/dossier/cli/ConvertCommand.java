package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.eval.EvalException;
import org.dossier.eval.nlp.MeantimeExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier convert}: turns an annotated corpus into the evaluation forms that {@code annotate} and {@code eval} read. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert an annotated corpus into evaluation files: TempEval-3 TimeML (gold and input) and CoNLL "
                + "names (gold and input), split into dev and check.")
public final class ConvertCommand implements Callable<Integer> {

    enum Corpus { meantime }

    @Option(names = "--from", required = true, paramLabel = "CORPUS", description = "The corpus format: meantime "
            + "(NewsReader MEANTIME XML articles, searched recursively).")
    Corpus from;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
    Path corpus;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(corpus)) {
            spec.commandLine().getErr().println("dossier convert: not a folder: " + corpus);
            return DossierCommand.USER_ERROR;
        }
        try {
            int n = MeantimeExport.export(corpus, output);
            spec.commandLine().getErr().println(n + " articles written to " + output);
            return 0;
        } catch (EvalException e) {
            spec.commandLine().getErr().println("dossier convert: " + e.getMessage());
            return DossierCommand.USER_ERROR;
        } catch (IOException e) {
            spec.commandLine().getErr().println("dossier convert: cannot write " + output + " (" + e.getMessage() + ")");
            return DossierCommand.USER_ERROR;
        }
    }
}
