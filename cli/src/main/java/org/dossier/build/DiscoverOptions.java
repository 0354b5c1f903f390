package org.dossier.build;

import java.nio.file.Path;
import java.util.List;

/**
 * What to discover and where.
 *
 * @param inputs files and folders of articles ({@code -} for standard input), as for a build
 * @param urls http(s) URLs of pages or feeds
 * @param output the folder that receives events.json, index.html and a dossier folder per event
 * @param cache the annotation cache folder
 * @param threads how many documents are annotated at once
 * @param incremental add the inputs to the events already in {@code output} instead of starting over
 * @param dossiers write a dossier for each event of two or more articles (otherwise only events.json and index.html)
 * @param allowPrivate let URLs point at private addresses
 */
public record DiscoverOptions(List<Path> inputs, List<String> urls, Path output, Path cache, int threads, boolean incremental,
        boolean dossiers, boolean allowPrivate) {

    public DiscoverOptions {
        inputs = List.copyOf(inputs);
        urls = List.copyOf(urls);
        BuildOptions.check(inputs, urls, threads);
    }
}
