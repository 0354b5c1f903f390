package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.PlainTextReader;
import org.dossier.ingest.RawInput;
import org.dossier.ingest.html.HtmlReader;
import org.dossier.model.Source;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Boilerplate removal on real input: {@link HtmlReader} on a median-size news page of the article-extraction dev set
 * (decoding, parsing, container scoring), and {@link PlainTextReader} on an article of the example corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BoilerplateBenchmark {

    private final HtmlReader html = new HtmlReader();
    private final PlainTextReader plain = new PlainTextReader();
    private RawInput page;
    private RawInput text;

    @Setup
    public void load() throws IOException {
        page = input(BenchData.sharedFile(BenchData.PAGE));
        text = input(BenchData.repoFile(BenchData.TEXT));
    }

    private static RawInput input(Path file) throws IOException {
        return new RawInput(file.getFileName().toString(), file.toUri().toString(), Files.readAllBytes(file));
    }

    @Benchmark
    public Source htmlPage() throws IngestException {
        return html.read(page);
    }

    @Benchmark
    public Source plainText() throws IngestException {
        return plain.read(text);
    }
}
