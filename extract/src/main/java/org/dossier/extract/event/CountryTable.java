package org.dossier.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names, short names, demonyms and capitals of countries, and names of international organizations and major armed or political
 * groups, each with its code (ISO 3166 alpha-3, {@code IGO}, {@code NGO}) and, for groups, a sector. Loaded from
 * {@code countries.tsv} (compiled from ISO 3166-1 and common usage). Matching is case-sensitive, longest first, on word boundaries.
 */
public final class CountryTable {

    /**
     * What a matched name stands for. {@code capital} is true for capitals, which stand for governments; {@code demonym} is true
     * for demonyms ("Albanian", "Albanians"), which name a people or qualify a noun rather than a place.
     */
    public record Entry(String code, String sector, String kind, boolean capital, boolean demonym) {
    }

    /** One match of a name in a text. */
    public record Match(int start, int end, String text, Entry entry) {
    }

    private final Map<String, Entry> byName;
    /** The names by their first character, longest first. */
    private final Map<Character, String[]> byFirstChar;

    private CountryTable(Map<String, Entry> byName) {
        this.byName = Map.copyOf(byName);
        List<String> names = new ArrayList<>(byName.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        Map<Character, List<String>> buckets = new HashMap<>();
        for (String n : names) {
            if (!n.isEmpty()) {
                buckets.computeIfAbsent(n.charAt(0), c -> new ArrayList<>()).add(n);
            }
        }
        Map<Character, String[]> firstChar = new HashMap<>();
        buckets.forEach((c, list) -> firstChar.put(c, list.toArray(String[]::new)));
        this.byFirstChar = Map.copyOf(firstChar);
    }

    /** The table shipped with this module. */
    public static CountryTable standard() {
        try (InputStream in = CountryTable.class.getResourceAsStream("countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("countries.tsv missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table from TSV lines: kind, code, sector or -, names, demonyms, capitals; # starts a comment. */
    static CountryTable parse(List<String> lines) {
        Map<String, Entry> byName = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 4) {
                throw new IllegalArgumentException("countries.tsv line " + lineNo + ": expected at least 4 columns, got " + cols.length);
            }
            String sector = cols[2].equals("-") ? null : cols[2];
            addAll(byName, cols[3], new Entry(cols[1], sector, cols[0], false, false));
            if (cols.length > 4) {
                addAll(byName, cols[4], new Entry(cols[1], sector, cols[0], false, true));
            }
            if (cols.length > 5) {
                addAll(byName, cols[5], new Entry(cols[1], "GOV", cols[0], true, false));
            }
        }
        return new CountryTable(byName);
    }

    private static void addAll(Map<String, Entry> byName, String list, Entry entry) {
        for (String name : list.split("\\|")) {
            if (!name.isBlank()) {
                byName.putIfAbsent(name.strip(), entry);
            }
        }
    }

    /** The entry for exactly this name, or null. */
    public Entry lookup(String name) {
        return byName.get(name);
    }

    /**
     * Non-overlapping matches in {@code text[from, to)}, left to right: at each position where a word starts (the
     * character before, even outside the range, is no letter, digit or period), the longest name that ends where a word
     * ends (the next character, even outside the range, is no letter or digit).
     */
    public List<Match> find(String text, int from, int to) {
        List<Match> out = new ArrayList<>();
        int p = from;
        while (p < to) {
            String[] candidates = byFirstChar.get(text.charAt(p));
            if (candidates != null && startsWord(text, p)) {
                String hit = longestAt(text, p, to, candidates);
                if (hit != null) {
                    out.add(new Match(p, p + hit.length(), hit, byName.get(hit)));
                    p += hit.length();
                    continue;
                }
            }
            p++;
        }
        return out;
    }

    private static String longestAt(String text, int p, int to, String[] candidates) {
        for (String name : candidates) {
            int end = p + name.length();
            if (end <= to && text.startsWith(name, p) && endsWord(text, end)) {
                return name;
            }
        }
        return null;
    }

    private static boolean startsWord(String text, int p) {
        return p == 0 || text.charAt(p - 1) != '.' && !isLetterOrNumber(text.codePointBefore(p));
    }

    private static boolean endsWord(String text, int end) {
        return end >= text.length() || !isLetterOrNumber(text.codePointAt(end));
    }

    /** {@code \p{L}} or {@code \p{N}}. */
    private static boolean isLetterOrNumber(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
