package org.dossier.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The speed baseline of the benchmark suite: CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner} pipeline on one
 * thread over the given files, printing tokens, model-loading and annotation time. Not used by the product.
 */
public final class BaselinePipeline {

    private BaselinePipeline() {
    }

    public static void main(String[] args) throws IOException {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("threads", "1");
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        long loaded = System.nanoTime();
        long tokens = 0;
        for (String f : args) {
            Annotation doc = new Annotation(Files.readString(Path.of(f), StandardCharsets.UTF_8));
            pipeline.annotate(doc);
            tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        long done = System.nanoTime();
        System.out.printf("baseline: %d files, %d tokens, load %.1f s, annotate %.1f s, %.0f tokens/s%n", args.length, tokens,
                (loaded - t0) / 1e9, (done - loaded) / 1e9, tokens / ((done - loaded) / 1e9));
    }
}
