package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a corpus of a given size for the scaling series from a folder of articles: the articles in file-name order,
 * then again as further copies, until there are as many as asked. A copy is byte for byte its original, so the
 * annotation and embedding caches answer for it and a build of the corpus measures everything but CoreNLP and
 * bge-small (whose cost per article is measured on the distinct originals). Usage: ScalingCorpus FROM_DIR TO_DIR SIZE.
 */
public final class ScalingCorpus {

    private ScalingCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ScalingCorpus FROM_DIR TO_DIR SIZE");
            System.exit(2);
        }
        int written = write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
        System.out.println(written + " articles written to " + args[1]);
    }

    /**
     * Writes {@code size} articles to {@code to} (created; must not hold articles already): copy {@code c} of article
     * {@code name} is {@code cCC-name}, copy 0 of every article coming before copy 1 of any.
     *
     * @return how many were written
     */
    public static int write(Path from, Path to, int size) throws IOException {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, was " + size);
        }
        List<Path> originals;
        try (Stream<Path> files = Files.list(from)) {
            originals = files.filter(Files::isRegularFile).sorted().toList();
        }
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("no articles in " + from);
        }
        Files.createDirectories(to);
        try (Stream<Path> existing = Files.list(to)) {
            if (existing.findAny().isPresent()) {
                throw new IllegalArgumentException(to + " is not empty");
            }
        }
        for (int i = 0; i < size; i++) {
            Path original = originals.get(i % originals.size());
            String name = String.format("c%02d-%s", i / originals.size(), original.getFileName());
            Files.copy(original, to.resolve(name));
        }
        return size;
    }
}
