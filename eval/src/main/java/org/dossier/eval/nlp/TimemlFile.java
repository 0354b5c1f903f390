package org.dossier.eval.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a TempEval-3 TimeML file that time-expression scoring needs: the text inside {@code <TEXT>} with tags
 * removed and entities decoded, and the {@code TIMEX3} elements inside it in offsets of that plain text.
 *
 * @param text the plain text of {@code <TEXT>}
 * @param timexes the time expressions in text order
 */
public record TimemlFile(String text, List<Timex> timexes) {

    /** One TIMEX3 element: {@code [start, end)} in the plain text, its {@code type} and {@code value} (null when absent). */
    public record Timex(int start, int end, String type, String value) {
    }

    private static final Pattern TEXT = Pattern.compile("(?s)<TEXT>(.*?)</TEXT>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");

    public TimemlFile {
        timexes = List.copyOf(timexes);
    }

    /** Parses a file; a file without {@code <TEXT>} reads as empty text with no time expressions. */
    public static TimemlFile parse(String timeml) {
        Matcher m = TEXT.matcher(timeml);
        if (!m.find()) {
            return new TimemlFile("", List.of());
        }
        String xml = m.group(1);
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        int openStart = -1;
        String type = null;
        String value = null;
        int i = 0;
        while (i < xml.length()) {
            char c = xml.charAt(i);
            if (c == '<') {
                int close = xml.indexOf('>', i);
                String tag = xml.substring(i + 1, close < 0 ? xml.length() : close);
                if (tag.startsWith("TIMEX3")) {
                    openStart = text.length();
                    type = attribute(tag, "type");
                    value = attribute(tag, "value");
                } else if (tag.startsWith("/TIMEX3") && openStart >= 0) {
                    timexes.add(new Timex(openStart, text.length(), type, value));
                    openStart = -1;
                }
                i = close < 0 ? xml.length() : close + 1;
            } else if (c == '&' && xml.indexOf(';', i) > i && xml.indexOf(';', i) - i <= 8) {
                int semi = xml.indexOf(';', i);
                String decoded = decode(xml.substring(i + 1, semi));
                text.append(decoded == null ? xml.substring(i, semi + 1) : decoded);
                i = semi + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        return new TimemlFile(text.toString(), timexes);
    }

    private static String attribute(String tag, String name) {
        Matcher a = ATTRIBUTE.matcher(tag);
        while (a.find()) {
            if (a.group(1).equals(name)) {
                return a.group(2).replace("&quot;", "\"").replace("&lt;", "<").replace("&amp;", "&");
            }
        }
        return null;
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> null;
        };
    }
}
