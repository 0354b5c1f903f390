import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Mixes the MultiLing 2011 English source texts of all topics into one folder ({@code M0010.english} becomes
 * {@code OUT_DIR/M0010.txt}, source id {@code M0010}) and writes the gold events: a text's event is its topic, the first
 * four characters of its name ({@code M001}), in the shape of {@code events.json}.
 * Usage: {@code java bench/MultilingMix.java SOURCE_TEXTS_DIR OUT_DIR GOLD.json}. Run as a single-file program.
 */
public class MultilingMix {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java bench/MultilingMix.java SOURCE_TEXTS_DIR OUT_DIR GOLD.json");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[1]));
        Path gold = Path.of(args[2]);
        Map<String, List<String>> events = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            files = list.filter(p -> p.getFileName().toString().matches("M\\d{4}\\.english")).sorted().toList();
        }
        for (Path f : files) {
            String doc = f.getFileName().toString().replace(".english", "");
            Files.copy(f, out.resolve(doc + ".txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            events.computeIfAbsent(doc.substring(0, 4), k -> new ArrayList<>()).add(doc);
        }
        StringBuilder json = new StringBuilder("{\"events\": [\n");
        int i = 0;
        for (Map.Entry<String, List<String>> e : events.entrySet()) {
            json.append(i++ == 0 ? "" : ",\n").append("  {\"id\": \"").append(e.getKey()).append("\", \"sources\": [");
            json.append(String.join(", ", e.getValue().stream().map(s -> "\"" + s + "\"").toList())).append("]}");
        }
        json.append("\n]}\n");
        Path parent = gold.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(gold, json.toString(), StandardCharsets.UTF_8);
        System.out.println(files.size() + " texts in " + events.size() + " gold events written to " + out + " and " + gold);
    }
}
