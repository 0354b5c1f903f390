package org.dossier.cli;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.build.InputCollector;
import org.dossier.ingest.SourceIds;
import org.dossier.ingest.fetch.UrlFetcher;

/**
 * Command-line inputs sorted into paths ({@code -} included) and http(s) URLs; a {@code file:} URI is a path, any
 * other scheme is refused.
 */
record InputArguments(List<Path> paths, List<String> urls, String defaultName) {

    static InputArguments parse(List<String> inputs) {
        List<Path> paths = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (String in : inputs) {
            if (UrlFetcher.isUrl(in)) {
                urls.add(in.strip());
            } else if (in.toLowerCase(Locale.ROOT).startsWith("file:")) {
                try {
                    paths.add(Path.of(URI.create(in)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(in + ": not a valid file URI");
                }
            } else if (in.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
                throw new IllegalArgumentException(in + ": only http, https and file URLs are read");
            } else {
                try {
                    paths.add(Path.of(in));
                } catch (InvalidPathException e) {
                    throw new IllegalArgumentException(in + ": not a valid path (" + e.getReason() + ")");
                }
            }
        }
        return new InputArguments(paths, urls, name(inputs.get(0)));
    }

    /** The output folder's default name: the first input's file name without extension, or a URL's id. */
    private static String name(String first) {
        if (UrlFetcher.isUrl(first)) {
            return SourceIds.forUrl(first.strip());
        }
        if (first.equals(InputCollector.STDIN)) {
            return "stdin";
        }
        Path file;
        try {
            file = Path.of(first).toAbsolutePath().normalize().getFileName();
        } catch (InvalidPathException e) {
            return "dossier";
        }
        String n = file == null ? "dossier" : file.toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
