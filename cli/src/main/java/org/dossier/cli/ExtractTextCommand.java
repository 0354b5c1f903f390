package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.ingest.FormatDetectingReader;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.RawInput;
import org.dossier.ingest.html.ExtractTextJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dossier extract-text}: the main text and metadata of web pages, one JSON object per line. */
@Command(name = "extract-text", mixinStandardHelpOptions = true,
        description = "Print one JSON object per page: articleBody, title, published, authors, outlet, language.")
public final class ExtractTextCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "HTML pages (also .html.gz) or text files.")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FormatDetectingReader reader = new FormatDetectingReader();
        int failed = 0;
        for (Path f : files) {
            try {
                String name = f.getFileName().toString();
                String id = name.replaceFirst("(?i)\\.(html?|xhtml|txt|text)(\\.gz)?$", "");
                out.println(ExtractTextJson.line(reader.read(new RawInput(id, f.toAbsolutePath().toUri().toString(),
                        Files.readAllBytes(f)))));
            } catch (IOException | SecurityException e) {
                err.println("warning: " + f + ": cannot read (" + e.getClass().getSimpleName() + ")");
                failed++;
            } catch (IngestException e) {
                err.println("warning: " + f + ": " + e.reason());
                failed++;
            }
        }
        out.flush();
        return failed == files.size() ? DossierCommand.USER_ERROR : 0;
    }
}
