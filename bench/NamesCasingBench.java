import java.nio.file.*;
import java.util.*;
import java.util.function.UnaryOperator;
import org.dossier.annotate.corenlp.CoreNlpNameTagger;
import org.dossier.annotate.corenlp.CoreNlpTrueCaser;
import org.dossier.annotate.names.CapitalsRecaser;
import org.dossier.annotate.names.LabelConsistency;
import org.dossier.eval.nlp.NameScorer;
import org.dossier.formats.ConllFormat;

/**
 * Names on CoNLL files under each way of handling sentences in capitals, with and without LabelConsistency: the
 * 4-class model over the tokens as given (caps), every word title-cased (title, the rule before CapitalsRecaser),
 * CoreNLP's true-caser alone (truecase), the document's own forms with unseen words left in capitals (doc) or in lower
 * case (doc-lower), and CapitalsRecaser (doc + the true-caser for unseen words, the chosen one). Prints all-classes and
 * PER/LOC/ORG F1 per file and configuration (docs/EVALUATION.md, "Names"); writes the predictions to OUT_DIR.
 * Usage: java -cp "cli/target/dossier-cli-0.1.0-SNAPSHOT.jar:$(cat cli/target/classpath.txt)" bench/NamesCasingBench.java \
 *          OUT_DIR [caps:]NAME.input.conll ...   (each next to its NAME.gold.conll; caps: first upper-cases the first
 *          sentence of every document, the title in MEANTIME's conversion, in the input and the gold)
 */
public class NamesCasingBench {

    public static void main(String[] args) throws Exception {
        Path outDir = Files.createDirectories(Path.of(args[0]));
        CoreNlpNameTagger tagger = new CoreNlpNameTagger();
        CoreNlpTrueCaser trueCaser = new CoreNlpTrueCaser();
        LabelConsistency consistency = new LabelConsistency();
        Map<String, UnaryOperator<List<List<String>>>> casings = new LinkedHashMap<>();
        casings.put("caps", d -> d);
        casings.put("title", d -> d.stream().map(s -> CapitalsRecaser.inCapitals(s) ? title(s) : s).toList());
        casings.put("truecase", d -> d.stream().map(s -> CapitalsRecaser.inCapitals(s) ? trueCaser.trueCase(List.of(s)).get(0) : s).toList());
        casings.put("doc", new CapitalsRecaser(ss -> ss)::recase);
        casings.put("doc-lower", new CapitalsRecaser(ss -> ss.stream().map(s -> s.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()).toList())::recase);
        casings.put("chosen", new CapitalsRecaser(trueCaser)::recase);
        System.out.printf("%-28s %-10s %-12s %8s %8s%n", "file", "casing", "consistency", "all F1", "PLO F1");
        for (int a = 1; a < args.length; a++) {
            boolean caps = args[a].startsWith("caps:");
            Path in = Path.of(caps ? args[a].substring(5) : args[a]);
            Path gold = in.resolveSibling(in.getFileName().toString().replace(".input.conll", ".gold.conll"));
            String text = Files.readString(in);
            String base = in.getParent().getFileName() + "/" + in.getFileName().toString().replace(".input.conll", "") + (caps ? "-caps" : "");
            if (caps) {
                text = titlesInCapitals(text);
                gold = Files.writeString(outDir.resolve(base.replace('/', '-') + ".gold.conll"), titlesInCapitals(Files.readString(gold)));
            }
            for (var c : casings.entrySet()) {
                for (boolean withConsistency : new boolean[] {false, true}) {
                    UnaryOperator<List<List<String>>> recase = c.getValue();
                    String out = new ConllFormat().tag(text, doc -> {
                        List<List<String>> s = recase.apply(doc);
                        return withConsistency ? consistency.apply(s, tagger.tag(s)) : tagger.tag(s);
                    });
                    Path file = outDir.resolve(base.replace('/', '-') + "." + c.getKey() + (withConsistency ? ".lc" : ".alone") + ".conll");
                    Files.writeString(file, out);
                    NameScorer.Result r = NameScorer.scoreFiles(gold, file);
                    System.out.printf("%-28s %-10s %-12s %8.1f %8.1f%n", base, c.getKey(), withConsistency ? "yes" : "no",
                            100 * r.all().f1(), 100 * r.withoutMisc().f1());
                }
            }
        }
    }

    /** The first sentence of every document with its tokens (first column) upper-cased. */
    private static String titlesInCapitals(String conll) {
        StringBuilder out = new StringBuilder();
        boolean first = false;
        boolean inFirst = false;
        for (String line : conll.split("\n", -1)) {
            if (line.startsWith("-DOCSTART-")) {
                first = true;
            } else if (line.isBlank()) {
                if (inFirst) {
                    first = false;
                    inFirst = false;
                }
            } else if (first) {
                inFirst = true;
                int space = line.indexOf(' ');
                line = space < 0 ? line.toUpperCase(Locale.ROOT) : line.substring(0, space).toUpperCase(Locale.ROOT) + line.substring(space);
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static List<String> title(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            out.add(t.length() > 1 && Character.isLetter(t.charAt(0)) ? t.charAt(0) + t.substring(1).toLowerCase(Locale.ROOT) : t);
        }
        return out;
    }
}
