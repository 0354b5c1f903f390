package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.build.BuildException;
import org.dossier.build.BuildOptions;
import org.dossier.build.DiscoverOptions;
import org.dossier.build.DiscoverResult;
import org.dossier.build.DiscoveryEngine;
import org.dossier.build.DiscoveryEngines;
import org.dossier.build.DossierBuild;
import org.dossier.build.EventDiscoveryBuild;
import org.dossier.discover.DiscoverConfig;
import org.dossier.discover.DiscoveredEvent;
import org.dossier.discover.EventDiscoverer;
import org.dossier.discover.LeadEmbedder;
import org.dossier.discover.StandardFeatureExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier discover}: a stream of articles in, its events (events.json, index.html, a dossier per event) out. */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = "Group a folder (or files) of articles into events and build a dossier for each event of two or "
                + "more articles. Progress goes to stderr.")
public final class DiscoverCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders (read recursively), feeds, "
            + "JSON Lines, - for standard input, http(s) URLs: anything build reads.")
    List<String> inputs;

    @Option(names = "--allow-private", description = "Let URLs point at loopback, private, link-local or multicast "
            + "addresses (refused by default).")
    boolean allowPrivate;

    /** What the input {@code -} reads; tests replace it. */
    java.io.InputStream stdin = System.in;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Output folder, clustered from scratch (default: out/<name of the first input>-events).")
    Path output;

    @Option(names = "--into", paramLabel = "WORKSPACE",
            description = "Add the articles to the events of an earlier output folder: existing events keep their ids, "
                    + "earlier articles move only where the clustering of all articles puts them with another event "
                    + "(listed under \"moved\" in events.json), only new articles are annotated and only the dossiers "
                    + "of events that changed are rebuilt.")
    Path into;

    @Option(names = "--events-only", description = "Write events.json and index.html only, no dossier per event.")
    boolean eventsOnly;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Annotation cache folder (default: $DOSSIER_CACHE or ~/.cache/dossier).")
    Path cache;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Documents annotated at once (default: ${DEFAULT-VALUE}).")
    int threads = BuildOptions.DEFAULT_THREADS;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Option(names = "--engine", paramLabel = "NAME", description = "Where discovery runs: inprocess (default: this "
            + "process, no Spark needed) or spark (Apache Spark, locally or on a cluster: see --master and docs/SCALE.md).")
    String engine = DiscoveryEngines.IN_PROCESS;

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: the Spark master, local[N], "
            + "spark://host:7077, yarn or k8s://... (default: local[*], every core of this machine).")
    String master;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || threads > 64) {
            err.println("dossier discover: --threads must be between 1 and 64, was " + threads);
            return DossierCommand.USER_ERROR;
        }
        if (output != null && into != null) {
            err.println("dossier discover: give either -o (start over) or --into (add to a workspace), not both");
            return DossierCommand.USER_ERROR;
        }
        InputArguments args;
        try {
            args = InputArguments.parse(inputs);
        } catch (IllegalArgumentException e) {
            err.println("dossier discover: " + e.getMessage());
            return DossierCommand.USER_ERROR;
        }
        Path outDir = into != null ? into : output != null ? output : Path.of("out", args.defaultName() + "-events");
        Path cacheDir = cache != null ? cache : BuildCommand.defaultCache();
        DiscoverOptions options = new DiscoverOptions(args.paths(), args.urls(), outDir, cacheDir, threads, into != null,
                !eventsOnly, allowPrivate);
        StderrProgress progress = new StderrProgress(err, quiet);
        long t0 = System.nanoTime();
        try {
            DiscoveryEngine run = DiscoveryEngines.named(engine, master, () -> new EventDiscoveryBuild(
                    new DossierBuild(Clock.systemUTC(), cacheDir).withStdin(stdin), new StandardFeatureExtractor(),
                    new LeadEmbedder(DossierBuild.standardEmbedder(cacheDir)), new EventDiscoverer(DiscoverConfig.DEFAULT)));
            DiscoverResult r = run.run(options, progress);
            progress.done();
            List<DiscoveredEvent> events = r.events();
            long multi = events.stream().filter(e -> e.size() >= 2).count();
            int articles = events.stream().mapToInt(DiscoveredEvent::size).sum();
            String annotation = r.annotated() < 0 ? "" : String.format(": %d annotated, %d from cache", r.annotated(), r.fromCache());
            out.printf("Discovered %d events (%d of two or more articles) in %d articles in %.1f s (%d added%s%s%s).%n",
                    events.size(), multi, articles, (System.nanoTime() - t0) / 1e9, r.added(), annotation,
                    r.skipped().isEmpty() ? "" : ", " + r.skipped().size() + " skipped",
                    r.moved().isEmpty() ? "" : ", " + r.moved().size() + " earlier moved to another event");
            out.println("  wrote " + outDir.resolve("events.json") + (r.dossiers().isEmpty() ? ""
                    : " and " + r.dossiers().size() + " dossiers"));
            out.println("Open " + outDir.toAbsolutePath().normalize().resolve("index.html").toUri());
            return 0;
        } catch (BuildException e) {
            progress.done();
            err.println("dossier discover: " + e.getMessage());
            return DossierCommand.USER_ERROR;
        }
    }
}
