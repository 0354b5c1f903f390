import edu.stanford.nlp.pipeline.*;
import edu.stanford.nlp.ling.*;
import java.lang.management.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/**
 * CPU of CoreNLP's tokenize,ssplit,pos,lemma,ner (SUTime on, no fine-grained step) with different name models, on one
 * thread, and the NER labels that differ from the first configuration. Used to weigh dropping muc.7class
 * (docs/PERFORMANCE.md). Usage: java -cp CLASSPATH bench/NerModelsBench.java ARTICLES_DIR N "default;MODEL,MODEL;MODEL"
 */
public class NerModelsBench {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) { files = s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(Integer.parseInt(args[1])).toList(); }
        List<String> texts = new ArrayList<>();
        for (Path f : files) texts.add(Files.readString(f));
        String[] configs = args[2].split(";");
        Map<String, List<List<String>>> labels = new LinkedHashMap<>();
        ThreadMXBean tb = ManagementFactory.getThreadMXBean();
        for (int rep = 0; rep < 2; rep++) for (String models : configs) {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            p.setProperty("ssplit.newlineIsSentenceBreak", "always");
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.useSUTime", "true");
            p.setProperty("pos.maxlen", "200");
            if (!models.equals("default")) p.setProperty("ner.model", models);
            StanfordCoreNLP nlp = new StanfordCoreNLP(p);
            long c0 = tb.getCurrentThreadCpuTime();
            List<List<String>> out = new ArrayList<>();
            long tokens = 0;
            for (String t : texts) {
                CoreDocument d = new CoreDocument(t);
                nlp.annotate(d);
                List<String> l = d.tokens().stream().map(CoreLabel::ner).toList();
                tokens += l.size();
                out.add(l);
            }
            double cpu = (tb.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf("%s: %.1f s CPU, %d tokens, %.0f tokens/s%n", models, cpu, tokens, tokens / cpu);
            labels.put(models, out);
        }
        List<String> keys = new ArrayList<>(labels.keySet());
        List<List<String>> ref = labels.get(keys.get(0));
        for (String k : keys) {
            List<List<String>> o = labels.get(k);
            Map<String, Integer> diff = new TreeMap<>();
            for (int i = 0; i < ref.size(); i++) for (int j = 0; j < Math.min(ref.get(i).size(), o.get(i).size()); j++)
                if (!ref.get(i).get(j).equals(o.get(i).get(j))) diff.merge(ref.get(i).get(j) + "->" + o.get(i).get(j), 1, Integer::sum);
            System.out.println(k + " vs " + keys.get(0) + ": " + diff);
        }
        System.exit(0);
    }
}
