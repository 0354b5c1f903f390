package org.dossier.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.ingest.FormatDetectingSplitter;
import org.dossier.ingest.InputSplitter;
import org.dossier.ingest.RawInput;
import org.dossier.ingest.fetch.FetchException;
import org.dossier.ingest.fetch.FetchPolicy;
import org.dossier.ingest.fetch.UrlFetcher;

/**
 * Reads the inputs into raw articles with stable, unique source ids: files (the file name without extension), folders
 * (recursively), {@code -} for standard input (id {@code stdin}), and http(s) URLs (a short hash of the URL). Feeds and
 * JSON Lines files are split into their items (the container's id, a dash and a short hash per item). A clash gets
 * {@code -2}, {@code -3}, .... Unreadable files, URLs that cannot be fetched and bad items are reported and skipped; a
 * missing path is an error.
 */
public final class InputCollector {

    /** Files larger than this are not read (the HTML reader's limit): no article is that large. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** The path that means standard input. */
    public static final String STDIN = "-";

    private static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml", "html.gz",
            "htm.gz", "jsonl", "ndjson", "rss", "atom", "xml");

    private final InputStream stdin;
    private final UrlFetcher fetcher;
    private final InputSplitter splitter = new FormatDetectingSplitter(MAX_FILE_BYTES);

    /** A collector that reads standard input for {@code -} and fetches public URLs only. */
    public InputCollector() {
        this(System.in, new UrlFetcher(FetchPolicy.DEFAULT));
    }

    /**
     * @param stdin what {@code -} reads
     * @param fetcher fetches URL inputs
     */
    public InputCollector(InputStream stdin, UrlFetcher fetcher) {
        this.stdin = stdin;
        this.fetcher = fetcher;
    }

    /** Collects files, folders and {@code -}. */
    public List<RawInput> collect(List<Path> inputs, Progress progress) throws BuildException {
        return collect(inputs, List.of(), progress);
    }

    /** Collects files, folders and {@code -}, then URLs. */
    public List<RawInput> collect(List<Path> inputs, List<String> urls, Progress progress) throws BuildException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (p.toString().equals(STDIN)) {
                files.add(p);
            } else if (!Files.exists(p)) {
                throw new BuildException(p + ": no such file or folder");
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(InputCollector::isArticle)
                            .filter(f -> !insideHiddenFolder(p, f)).sorted().forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new BuildException(p + ": cannot list folder (" + e.getMessage() + ")");
                }
            } else if (!Files.isRegularFile(p)) {
                progress.warn(p + ": not a regular file (a pipe or device), skipped"); // reading a FIFO would block
            } else {
                files.add(p);
            }
        }
        if (files.isEmpty() && urls.isEmpty()) {
            throw new BuildException("no articles found in " + inputs + " (looked for .txt, .text, .html, .htm, .html.gz, "
                    + ".jsonl, .ndjson, .rss, .atom and .xml files)");
        }
        List<RawInput> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean stdinRead = false;
        for (Path f : files) {
            if (f.toString().equals(STDIN)) {
                if (stdinRead) {
                    continue; // standard input can be read once
                }
                stdinRead = true;
                RawInput in = readStdin(progress);
                if (in != null) {
                    addSplit(in, "standard input", out, ids, progress);
                }
                continue;
            }
            byte[] bytes;
            try {
                long size = Files.size(f);
                if (size > MAX_FILE_BYTES) {
                    progress.warn(f + ": too large for an article (" + size / (1024 * 1024) + " MB, the limit is "
                            + MAX_FILE_BYTES / (1024 * 1024) + " MB), skipped");
                    continue;
                }
                bytes = Files.readAllBytes(f);
            } catch (IOException | SecurityException e) {
                progress.warn(f + ": cannot read (" + e.getClass().getSimpleName() + "), skipped");
                continue;
            }
            addSplit(new RawInput(baseId(f), f.toAbsolutePath().normalize().toUri().toString(), bytes), f.toString(), out,
                    ids, progress);
        }
        for (String url : urls) {
            try {
                addSplit(fetcher.fetch(url).toRawInput(), url, out, ids, progress);
            } catch (FetchException e) {
                progress.warn(url + ": " + e.reason() + ", skipped");
            }
        }
        return out;
    }

    /** Splits a container into its articles (an article stays one), with ids unique over the whole collection. */
    private void addSplit(RawInput in, String name, List<RawInput> out, Set<String> ids, Progress progress) {
        InputSplitter.Split split = splitter.split(in);
        for (InputSplitter.Problem p : split.problems()) {
            progress.warn(name + p.at() + ": " + p.message());
        }
        for (RawInput a : split.articles()) {
            String id = uniqueId(a.id(), ids);
            out.add(id.equals(a.id()) ? a : new RawInput(id, a.uri(), a.content(), a.given()));
        }
    }

    private RawInput readStdin(Progress progress) throws BuildException {
        try {
            byte[] bytes = stdin.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                progress.warn("standard input: too large for an article (over " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MB), skipped");
                return null;
            }
            return new RawInput("stdin", null, bytes);
        } catch (IOException e) {
            throw new BuildException("standard input: cannot read (" + e.getMessage() + ")");
        }
    }

    /** {@code .git/}, {@code .ipynb_checkpoints/} and other hidden folders below the input folder are not read. */
    private static boolean insideHiddenFolder(Path root, Path file) {
        Path relative = root.relativize(file).getParent();
        if (relative == null) {
            return false;
        }
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArticle(Path p) {
        String name = p.getFileName().toString();
        return !name.startsWith(".") && extension(name) != null;
    }

    /** The article extension of a file name ({@code txt}, {@code html}, {@code html.gz}, ...), or null. */
    private static String extension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : ARTICLE_EXTENSIONS) {
            if (lower.endsWith("." + ext) && lower.length() > ext.length() + 1) {
                return ext.contains(".") || !lower.endsWith(".gz") ? ext : null;
            }
        }
        return null;
    }

    static String baseId(Path f) {
        String name = f.getFileName().toString();
        String ext = extension(name);
        if (ext != null && ext.contains(".")) {
            return name.substring(0, name.length() - ext.length() - 1);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String uniqueId(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
