import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Converts ECB+ documents ({@code ECB+/<topic>/<doc>.xml}) to plain text, one sentence per line with tokens joined by
 * single spaces ({@code 1_10ecbplus.xml} becomes {@code OUT_DIR/1_10ecbplus.txt}, source id {@code 1_10ecbplus}), and
 * writes the gold events: a document's event is its topic plus its half ({@code 1_ecb} or {@code 1_ecbplus}), in the
 * shape of {@code events.json}. Sentence 0 of most {@code ecbplus} files is the web address the text was found at, not
 * text: a sentence 0 that is a URL is left out.
 * Usage: {@code java bench/EcbPlusToText.java ECB+_DIR OUT_DIR GOLD.json [TOPIC...]} (default: every topic folder).
 * Run as a single-file program: it needs nothing but a JDK.
 */
public class EcbPlusToText {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java bench/EcbPlusToText.java ECB+_DIR OUT_DIR GOLD.json [TOPIC...]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path gold = Path.of(args[2]);
        Set<String> topics = new TreeSet<>(List.of(args).subList(3, args.length));
        Files.createDirectories(out);
        Map<String, List<String>> events = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.getFileName().toString().matches("\\d+_\\d+ecb(plus)?\\.xml")).sorted().toList();
        }
        int n = 0;
        for (Path f : files) {
            String doc = f.getFileName().toString().replaceFirst("\\.xml$", "");
            String topic = doc.substring(0, doc.indexOf('_'));
            if (!topics.isEmpty() && !topics.contains(topic)) {
                continue;
            }
            Files.writeString(out.resolve(doc + ".txt"), text(f), StandardCharsets.UTF_8);
            events.computeIfAbsent(topic + "_" + (doc.endsWith("ecbplus") ? "ecbplus" : "ecb"), k -> new ArrayList<>()).add(doc);
            n++;
        }
        StringBuilder json = new StringBuilder("{\"events\": [\n");
        int i = 0;
        for (Map.Entry<String, List<String>> e : events.entrySet()) {
            json.append(i++ == 0 ? "" : ",\n").append("  {\"id\": \"").append(e.getKey()).append("\", \"sources\": [");
            for (int s = 0; s < e.getValue().size(); s++) {
                json.append(s == 0 ? "\"" : ", \"").append(e.getValue().get(s)).append('"');
            }
            json.append("]}");
        }
        json.append("\n]}\n");
        Path parent = gold.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(gold, json.toString(), StandardCharsets.UTF_8);
        System.out.println(n + " documents in " + events.size() + " gold events written to " + out + " and " + gold);
    }

    /** The document's sentences, one a line, tokens joined by single spaces; a URL in sentence 0 is left out. */
    static String text(Path xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList tokens = factory.newDocumentBuilder().parse(xml.toFile()).getElementsByTagName("token");
        Map<Integer, List<String>> sentences = new TreeMap<>();
        for (int i = 0; i < tokens.getLength(); i++) {
            Element t = (Element) tokens.item(i);
            String token = t.getTextContent().strip();
            if (!token.isEmpty()) {
                sentences.computeIfAbsent(Integer.parseInt(t.getAttribute("sentence")), k -> new ArrayList<>()).add(token);
            }
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<Integer, List<String>> s : sentences.entrySet()) {
            String line = String.join(" ", s.getValue());
            if (s.getKey() == 0 && line.matches("(?i)(https?|www)\\b.*")) {
                continue;
            }
            text.append(line).append('\n');
        }
        return text.toString();
    }
}
