import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each row of the Wikinews CSV files (header url,date,title,text; RFC 4180 quoting) as one plain-text article:
 * the title, a blank line, then the text. Usage: java bench/WikinewsToText.java OUT_DIR FILE.csv...
 * Run as a single-file program, so the benchmark needs nothing but a JDK.
 */
public class WikinewsToText {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        int n = 0;
        for (int a = 1; a < args.length; a++) {
            List<List<String>> rows = parse(Files.readString(Path.of(args[a]), StandardCharsets.UTF_8));
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                if (row.size() < 4) {
                    continue;
                }
                n++;
                Files.writeString(out.resolve(String.format("wn%04d.txt", n)), row.get(2) + "\n\n" + row.get(3) + "\n",
                        StandardCharsets.UTF_8);
            }
        }
        System.out.println(n + " articles written to " + out);
    }

    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
