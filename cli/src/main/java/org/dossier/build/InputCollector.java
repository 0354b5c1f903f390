package org.dossier.build;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.ingest.RawInput;

/**
 * Reads the input paths into raw inputs with stable, unique source ids (the file name without extension; a clash gets
 * {@code -2}, {@code -3}, ...). Unreadable files are reported and skipped; a missing path is an error.
 */
public final class InputCollector {

    /** Files larger than this are not read (the HTML reader's limit): no article is that large. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml", "html.gz", "htm.gz");

    public List<RawInput> collect(List<Path> inputs, Progress progress) throws BuildException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new BuildException(p + ": no such file or folder");
            }
            if (Files.isDirectory(p)) {
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
        if (files.isEmpty()) {
            throw new BuildException("no articles found in " + inputs + " (looked for .txt, .text, .html, .htm and .html.gz files)");
        }
        List<RawInput> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path f : files) {
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
            String id = uniqueId(baseId(f), ids);
            out.add(new RawInput(id, f.toAbsolutePath().normalize().toUri().toString(), bytes));
        }
        return out;
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
