package org.dossier.annotate.corenlp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Span;

/**
 * Annotates every {@code .txt} file of the given folders with CoreNLP's own pipeline and with SUTime gated by cues,
 * on one thread, and reports the documents whose annotations differ (with the first differing spans), the number of
 * time-expression and number spans, and the CPU time of each. Usage (test scope of annotate):
 * {@code java -cp CLASSPATH org.dossier.annotate.corenlp.CuedTimeExpressionsCheck DATE FOLDER...}
 */
public final class CuedTimeExpressionsCheck {

    private CuedTimeExpressionsCheck() {
    }

    public static void main(String[] args) throws IOException {
        String date = args[0];
        CoreNlpAnnotator plain = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT, false);
        CoreNlpAnnotator cued = new CoreNlpAnnotator(CoreNlpConfig.DEFAULT);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int a = 1; a < args.length; a++) {
            List<Path> files;
            try (Stream<Path> s = Files.list(Path.of(args[a]))) {
                files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            long plainCpu = 0;
            long cuedCpu = 0;
            int differing = 0;
            int valueSpans = 0;
            for (Path f : files) {
                Source s = new Source(f.getFileName().toString(), null, null, null, null, date, false, "en", Phase.UNKNOWN,
                        Files.readString(f), List.of(), List.of());
                // alternating which runs first, so neither gains from the other's warm-up
                boolean plainFirst = files.indexOf(f) % 2 == 0;
                long t0 = threads.getCurrentThreadCpuTime();
                AnnotatedDocument first = (plainFirst ? plain : cued).annotate(s, date);
                long t1 = threads.getCurrentThreadCpuTime();
                AnnotatedDocument second = (plainFirst ? cued : plain).annotate(s, date);
                long t2 = threads.getCurrentThreadCpuTime();
                AnnotatedDocument expected = plainFirst ? first : second;
                AnnotatedDocument actual = plainFirst ? second : first;
                plainCpu += plainFirst ? t1 - t0 : t2 - t1;
                cuedCpu += plainFirst ? t2 - t1 : t1 - t0;
                valueSpans += (int) expected.spans().stream().filter(sp -> sp.normalized() != null).count();
                if (!expected.equals(actual)) {
                    differing++;
                    List<Span> missing = new ArrayList<>(expected.spans());
                    missing.removeAll(actual.spans());
                    List<Span> extra = new ArrayList<>(actual.spans());
                    extra.removeAll(expected.spans());
                    System.out.println("DIFF " + f.getFileName() + " missing " + missing.stream().limit(3).toList()
                            + " extra " + extra.stream().limit(3).toList() + " tokens equal "
                            + expected.tokens().equals(actual.tokens()));
                }
            }
            System.out.printf("%s: %d documents, %d differ; %d spans with values; NER pipeline CPU plain %.1f s, cued %.1f s%n",
                    args[a], files.size(), differing, valueSpans, plainCpu / 1e9, cuedCpu / 1e9);
        }
        System.exit(0);
    }
}
