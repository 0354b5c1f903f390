package org.dossier.extract.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private final Pattern pattern;

    private CountryTable(Map<String, Entry> byName) {
        this.byName = Map.copyOf(byName);
        List<String> names = new ArrayList<>(byName.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternation = new StringBuilder();
        for (String n : names) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(Pattern.quote(n));
        }
        this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}.])(?:" + alternation + ")(?![\\p{L}\\p{N}])");
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

    /** Non-overlapping matches in {@code text[from, to)}, left to right. */
    public List<Match> find(String text, int from, int to) {
        List<Match> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
            out.add(new Match(m.start(), m.end(), m.group(), byName.get(m.group())));
        }
        return out;
    }
}
