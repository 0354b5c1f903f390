import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes each row of the Wikinews CSV files (header url,date,title,text; RFC 4180 quoting) as one plain-text article:
 * the title, a blank line, then the text. A text that does not open with Wikinews's dateline ({@code Friday, January 4,
 * 2019}; the 2020 file has none) gets one from the date column, so every article states its date and none depends on
 * the date inferred from the rest of the corpus. Usage: java bench/WikinewsToText.java OUT_DIR FILE.csv...
 * Run as a single-file program, so the benchmark needs nothing but a JDK.
 */
public class WikinewsToText {

    private static final Pattern DATELINE = Pattern.compile("^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), ");
    private static final DateTimeFormatter WIKINEWS_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);

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
                String text = row.get(3);
                if (!DATELINE.matcher(text).find() && row.get(1).matches("\\d{4}-\\d{2}-\\d{2}")) {
                    text = LocalDate.parse(row.get(1)).format(WIKINEWS_DATE) + "\n\n" + text;
                }
                Files.writeString(out.resolve(String.format("wn%04d.txt", n)), row.get(2) + "\n\n" + text + "\n",
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
