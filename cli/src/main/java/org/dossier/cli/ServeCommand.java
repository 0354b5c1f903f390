package org.dossier.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.annotate.corenlp.CoreNlpConfig;
import org.dossier.build.BuildOptions;
import org.dossier.build.DossierBuild;
import org.dossier.build.Progress;
import org.dossier.embed.BgeSentenceEmbedder;
import org.dossier.embed.CachingEmbedder;
import org.dossier.reconcile.crosssource.SentenceEmbedder;
import org.dossier.extract.StandardFactExtractor;
import org.dossier.ingest.FormatDetectingReader;
import org.dossier.present.HtmlDossierWriter;
import org.dossier.present.JsonDossierWriter;
import org.dossier.present.MarkdownDossierWriter;
import org.dossier.reconcile.DossierReconciler;
import org.dossier.web.DossierServer;
import org.dossier.web.WebConfig;
import org.dossier.web.search.SearchEmbedder;
import org.dossier.web.build.BuildProgress;
import org.dossier.web.build.EventBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier serve}: the web app over a workspace folder of events; rebuilds go through {@link DossierBuild}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a workspace (a folder of events, each with articles/, dossier.json and a search index) as a web app.")
public final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "WORKSPACE",
            description = "The workspace folder, created when missing (default: the current folder).")
    Path workspace = Path.of(".");

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = WebConfig.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only). Any other address requires an access token.")
    String host = WebConfig.DEFAULT_HOST;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:DOSSIER_TOKEN}",
            description = "Access token every request must carry (at least 16 characters; default: $DOSSIER_TOKEN). "
                    + "Required on a non-loopback --host: when not given there, one is generated and printed once.")
    String token;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Annotation cache folder (default: $DOSSIER_CACHE or ~/.cache/dossier).")
    Path cache;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "Documents annotated at once (default: ${DEFAULT-VALUE}).")
    int threads = BuildOptions.DEFAULT_THREADS;

    @Option(names = "--warm-up", paramLabel = "ROUNDS",
            description = "Rounds of requests (page, dossier, source, text and semantic search) sent to a throwaway copy of "
                    + "the app over a bundled sample before serving, so that the first users get compiled code and a loaded "
                    + "model; 0 to skip (default: ${DEFAULT-VALUE}).")
    int warmUpRounds = WebConfig.DEFAULT_WARM_UP_ROUNDS;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("dossier serve: --port must be between 0 and 65535, was " + port);
            return DossierCommand.USER_ERROR;
        }
        if (threads < 1 || threads > 64) {
            err.println("dossier serve: --threads must be between 1 and 64, was " + threads);
            return DossierCommand.USER_ERROR;
        }
        if (warmUpRounds < 0 || warmUpRounds > WebConfig.MAX_WARM_UP_ROUNDS) {
            err.println("dossier serve: --warm-up must be between 0 and " + WebConfig.MAX_WARM_UP_ROUNDS + ", was " + warmUpRounds);
            return DossierCommand.USER_ERROR;
        }
        if (Files.exists(workspace) && !Files.isDirectory(workspace)) {
            err.println("dossier serve: " + workspace + " is not a folder");
            return DossierCommand.USER_ERROR;
        }
        boolean generated = (token == null || token.isEmpty()) && !WebConfig.isLoopback(host);
        String accessToken = generated ? newToken() : token == null || token.isEmpty() ? null : token;
        WebConfig config;
        try {
            config = new WebConfig(host, port, WebConfig.DEFAULT_MAX_REQUEST_BYTES, accessToken, WebConfig.DEFAULT_IDLE_TIMEOUT,
                    warmUpRounds);
        } catch (IllegalArgumentException e) {
            err.println("dossier serve: " + e.getMessage());
            return DossierCommand.USER_ERROR;
        }
        Path cacheDir = cache != null ? cache : BuildCommand.defaultCache();
        // one model for both: builds remember their vectors on disk, search queries do not
        BgeSentenceEmbedder embedder = new BgeSentenceEmbedder();
        SentenceEmbedder remembered = new CachingEmbedder(embedder, cacheDir.resolve(DossierBuild.EMBEDDINGS_FILE));
        DossierBuild build = new DossierBuild(new FormatDetectingReader(), CoreNlpConfig.DEFAULT, new StandardFactExtractor(),
                new DossierReconciler(Clock.systemUTC(), remembered),
                List.of(new JsonDossierWriter(), new MarkdownDossierWriter(), new HtmlDossierWriter()));
        EventBuilder builder = (articles, output, progress) ->
                build.run(new BuildOptions(List.of(articles), output, cacheDir, threads), adapt(progress)).dossier();
        DossierServer server;
        if (warmUpRounds > 0) {
            err.println("dossier serve: warming up (--warm-up 0 skips this)...");
            err.flush();
        }
        try {
            server = DossierServer.start(workspace, builder,
                    new SearchEmbedder(embedder, BgeSentenceEmbedder.QUERY_INSTRUCTION), config);
        } catch (RuntimeException e) {
            err.println("dossier serve: cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
            return DossierCommand.USER_ERROR;
        }
        String address = generated ? server.uri() + "?token=" + accessToken : server.uri().toString();
        out.println("Serving " + server.workspace().root() + " at " + address + (accessToken == null ? "" : " (access token required)")
                + " (Ctrl-C to stop)");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dossier-serve-stop"));
        server.join();
        return 0;
    }

    /** 32 random bytes, URL-safe. */
    private static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Progress adapt(BuildProgress progress) {
        return new Progress() {
            @Override
            public void step(String stage, int done, int total) {
                progress.step(stage, done, total);
            }

            @Override
            public void warn(String message) {
                progress.warn(message);
            }
        };
    }
}
