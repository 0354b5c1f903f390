package org.dossier.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.build.BuildException;
import org.dossier.build.InputCollector;
import org.dossier.build.Progress;
import org.dossier.ingest.FormatDetectingReader;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.RawInput;
import org.dossier.ingest.fetch.FetchPolicy;
import org.dossier.ingest.fetch.UrlFetcher;
import org.dossier.ingest.html.ExtractTextJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dossier extract-text}: the main text and metadata of web pages (and of every other input kind), one JSON
 * object per line. Exit 0 when at least one page was read, 2 when none was or an input is missing.
 */
@Command(name = "extract-text", mixinStandardHelpOptions = true,
        description = "Print one JSON object per page: articleBody, title, published, authors, outlet, language.")
public final class ExtractTextCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "HTML pages (also .html.gz), text files, folders, "
            + "feeds, JSON Lines files, - for standard input, or http(s) URLs.")
    List<String> inputs;

    @Option(names = "--allow-private", description = "Let URLs point at loopback or private addresses.")
    boolean allowPrivate;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Pages read at once (default: ${DEFAULT-VALUE}); "
            + "the output keeps the input order.")
    int threads = org.dossier.build.BuildOptions.DEFAULT_THREADS;

    /** What the input {@code -} reads; tests replace it. */
    java.io.InputStream stdin = System.in;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress warnings = new Progress() {
            @Override
            public void step(String stage, int done, int total) {
            }

            @Override
            public void warn(String message) {
                err.println("warning: " + message);
            }
        };
        List<RawInput> raw;
        try {
            InputArguments args = InputArguments.parse(inputs);
            UrlFetcher fetcher = new UrlFetcher(FetchPolicy.DEFAULT.withAllowPrivate(allowPrivate));
            raw = new InputCollector(stdin, fetcher).collect(args.paths(), args.urls(), warnings);
        } catch (IllegalArgumentException | BuildException e) {
            err.println("dossier extract-text: " + e.getMessage());
            return DossierCommand.USER_ERROR;
        }
        if (threads < 1 || threads > 64) {
            err.println("dossier extract-text: --threads must be between 1 and 64, was " + threads);
            return DossierCommand.USER_ERROR;
        }
        FormatDetectingReader reader = new FormatDetectingReader();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dossier-extract-text");
            t.setDaemon(true);
            return t;
        });
        int read = 0;
        try {
            List<Future<String>> lines = new ArrayList<>();
            for (RawInput r : raw) {
                lines.add(pool.submit(() -> line(reader, r, warnings)));
            }
            for (Future<String> f : lines) {
                String line = f.get();
                if (line != null) {
                    out.println(line);
                    read++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("dossier extract-text: interrupted");
            return DossierCommand.USER_ERROR;
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading a page failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        out.flush();
        return read == 0 ? DossierCommand.USER_ERROR : 0;
    }

    /** The JSON line of one page, or null after a warning naming it. */
    private static String line(FormatDetectingReader reader, RawInput r, Progress warnings) {
        try {
            return ExtractTextJson.line(reader.read(r));
        } catch (IngestException e) {
            warnings.warn(name(r) + ": " + e.reason());
        } catch (RuntimeException e) {
            warnings.warn(name(r) + ": could not be read as an article (" + e.getClass().getSimpleName() + ")");
        }
        return null;
    }

    private static String name(RawInput r) {
        if (r.uri() != null && r.uri().startsWith("file:")) {
            try {
                return java.nio.file.Path.of(java.net.URI.create(r.uri())).toString();
            } catch (IllegalArgumentException e) {
                return r.id();
            }
        }
        return r.uri() != null ? r.id() + " (" + r.uri() + ")" : r.id();
    }
}
