package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.annotate.corenlp.CoreNlpConfig;
import org.dossier.build.BuildException;
import org.dossier.build.BuildOptions;
import org.dossier.build.BuildResult;
import org.dossier.build.DossierBuild;
import org.dossier.model.dossier.Dossier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier build}: articles in, dossier.json, dossier.md and index.html out. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build a dossier from a folder (or files) of articles. Progress goes to stderr.")
public final class BuildCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders (read recursively): "
            + ".txt, .html, .htm, .html.gz, feeds (.rss, .atom, .xml), JSON Lines (.jsonl, .ndjson); - for standard "
            + "input; http(s) URLs of pages or feeds.")
    List<String> inputs;

    @Option(names = "--allow-private", description = "Let URLs point at loopback, private, link-local or multicast "
            + "addresses (refused by default).")
    boolean allowPrivate;

    /** What the input {@code -} reads; tests replace it. */
    java.io.InputStream stdin = System.in;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Output folder (default: out/<name of the first input>).")
    Path output;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Annotation cache folder (default: $DOSSIER_CACHE or ~/.cache/dossier).")
    Path cache;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Documents annotated at once (default: ${DEFAULT-VALUE}).")
    int threads = BuildOptions.DEFAULT_THREADS;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    /** Which name models annotate. */
    enum NerChoice {
        standard(CoreNlpConfig.DEFAULT), corenlp(CoreNlpConfig.CORENLP_DEFAULT);

        final CoreNlpConfig config;

        NerChoice(CoreNlpConfig config) {
            this.config = config;
        }
    }

    @Option(names = "--ner", paramLabel = "MODE", description = "Named-entity annotation: standard (CoreNLP's three name "
            + "models, titles and countries looked up in its gazetteers; default) or corenlp (its own fine-grained step, "
            + "about twice as slow). Values: ${COMPLETION-CANDIDATES}.")
    NerChoice ner = NerChoice.standard;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || threads > 64) {
            err.println("dossier build: --threads must be between 1 and 64, was " + threads);
            return DossierCommand.USER_ERROR;
        }
        InputArguments args;
        try {
            args = InputArguments.parse(inputs);
        } catch (IllegalArgumentException e) {
            err.println("dossier build: " + e.getMessage());
            return DossierCommand.USER_ERROR;
        }
        Path outDir = output != null ? output : Path.of("out", args.defaultName());
        BuildOptions options = new BuildOptions(args.paths(), args.urls(), outDir, cache != null ? cache : defaultCache(),
                threads, allowPrivate);
        StderrProgress progress = new StderrProgress(err, quiet);
        long t0 = System.nanoTime();
        try {
            BuildResult r = new DossierBuild(Clock.systemUTC(), options.cache(), ner.config).withStdin(stdin)
                    .run(options, progress);
            progress.done();
            Dossier d = r.dossier();
            out.printf("Built a dossier of %d sources in %.1f s (%d annotated, %d from cache%s).%n", d.sources().size(),
                    (System.nanoTime() - t0) / 1e9, r.annotated(), r.fromCache(),
                    r.skipped().isEmpty() ? "" : ", " + r.skipped().size() + " skipped");
            out.printf("  %d entities, %d quotes, %d figures, %d timeline items, %d claims%n", d.entities().size(),
                    d.quotes().size(), d.figures().size(), d.timeline().size(), d.claims().size());
            if (d.event() != null && d.event().title() != null) {
                out.printf("  event: %s (%s)%n", d.event().title(), d.event().start());
            }
            for (Path f : r.files()) {
                out.println("  wrote " + f);
            }
            out.println("Open " + outDir.toAbsolutePath().normalize().resolve("index.html").toUri());
            return 0;
        } catch (BuildException e) {
            progress.done();
            err.println("dossier build: " + e.getMessage());
            return DossierCommand.USER_ERROR;
        }
    }

    static Path defaultCache() {
        String env = System.getenv("DOSSIER_CACHE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "dossier");
    }
}
