package org.dossier.eval.rouge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text to ROUGE tokens: lowercased runs of letters and digits, everything else a separator ({@code U.S.} gives
 * {@code u}, {@code s}), each optionally Porter-stemmed. Thread-safe.
 */
public final class RougeTokenizer {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    private final boolean stem;
    private final PorterStemmer stemmer = new PorterStemmer();

    /** @param stem whether to Porter-stem every token (ROUGE-1.5.5 {@code -m}) */
    public RougeTokenizer(boolean stem) {
        this.stem = stem;
    }

    public List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(stem ? stemmer.stem(m.group()) : m.group());
        }
        return out;
    }
}
