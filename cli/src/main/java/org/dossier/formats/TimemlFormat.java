package org.dossier.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TempEval-3 TimeML: reads the creation time from {@code <DCT>} and the text inside {@code <TEXT>}, and writes the same
 * file with {@code <TIMEX3 tid type value>} tags around the time expressions found, the text itself unchanged. Existing
 * TIMEX3 tags inside TEXT are replaced; other tags are kept.
 */
public final class TimemlFormat {

    /** The document to annotate: plain text (entities decoded, tags removed) and the creation date, or null. */
    public record Document(String text, String creationDate) {
    }

    /** A time expression in plain-text offsets. */
    public record Timex(int start, int end, String type, String value) {
    }

    private static final Pattern DCT_VALUE = Pattern.compile("(?s)<DCT>.*?value=\"([^\"]+)\".*?</DCT>");
    private static final Pattern TEXT = Pattern.compile("(?s)<TEXT>(.*?)</TEXT>");
    private static final Pattern TIMEX_TAG = Pattern.compile("</?TIMEX3[^>]*>");
    private static final Pattern TID = Pattern.compile("tid=\"t(\\d+)\"");

    /** The parts of a TimeML file the annotator needs; null when there is no {@code <TEXT>} element. */
    public Document read(String timeml) {
        Matcher text = TEXT.matcher(timeml);
        if (!text.find()) {
            return null;
        }
        Matcher dct = DCT_VALUE.matcher(timeml);
        String date = dct.find() ? dct.group(1) : null;
        return new Document(plain(TIMEX_TAG.matcher(text.group(1)).replaceAll(""), null), date);
    }

    /** The file with the given time expressions tagged inside {@code <TEXT>}. */
    public String write(String timeml, List<Timex> timexes) {
        Matcher text = TEXT.matcher(timeml);
        if (!text.find()) {
            return timeml;
        }
        String inner = TIMEX_TAG.matcher(text.group(1)).replaceAll("");
        List<Integer> map = new ArrayList<>();
        plain(inner, map);
        int tid = firstFreeTid(timeml.substring(0, text.start()) + timeml.substring(text.end()));
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (Timex t : timexes) {
            if (t.start() < 0 || t.end() > map.size() - 1 || t.start() >= t.end()) {
                continue;
            }
            int b = map.get(t.start());
            int last = map.get(t.end() - 1);
            int e = last + (inner.charAt(last) == '&' ? inner.indexOf(';', last) - last + 1 : 1);
            if (b < copied) {
                continue;
            }
            out.append(inner, copied, b);
            out.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(t.type()).append("\" value=\"")
                    .append(escape(t.value())).append("\">");
            out.append(inner, b, e).append("</TIMEX3>");
            copied = e;
        }
        out.append(inner.substring(copied));
        return timeml.substring(0, text.start(1)) + out + timeml.substring(text.end(1));
    }

    /**
     * The text without tags, XML entities decoded. When {@code map} is given it receives, for each plain offset (and one
     * past the end), the offset in {@code xml}.
     */
    static String plain(String xml, List<Integer> map) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < xml.length()) {
            char c = xml.charAt(i);
            if (c == '<') {
                int close = xml.indexOf('>', i);
                i = close < 0 ? xml.length() : close + 1;
                continue;
            }
            if (c == '&') {
                int semi = xml.indexOf(';', i);
                if (semi > i && semi - i <= 8) {
                    String decoded = entity(xml.substring(i + 1, semi));
                    if (decoded != null) {
                        if (map != null) {
                            map.add(i);
                        }
                        sb.append(decoded);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            if (map != null) {
                map.add(i);
            }
            sb.append(c);
            i++;
        }
        if (map != null) {
            map.add(xml.length());
        }
        return sb.toString();
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> null;
        };
    }

    private static int firstFreeTid(String rest) {
        int max = 0;
        Matcher m = TID.matcher(rest);
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max + 1;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
