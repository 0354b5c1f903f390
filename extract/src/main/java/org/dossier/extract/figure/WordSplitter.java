package org.dossier.extract.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a stretch of text into numbers ({@code 529,000}, {@code 14.9}), words (hyphens and apostrophes kept inside:
 * {@code US-Japan}, {@code Trump's}) and single symbols ({@code $}, {@code %}, {@code (}).
 */
final class WordSplitter {

    private static final Pattern WORD = Pattern.compile(
            "\\d+(?:,\\d{3})*(?:\\.\\d+)?|\\p{L}+(?:[-'’]\\p{L}+)*|\\S");

    private WordSplitter() {
    }

    /** The words of {@code text.substring(start, end)}, with offsets into {@code text}. */
    static List<Word> split(String text, int start, int end) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(start, end);
        while (m.find()) {
            words.add(new Word(m.start(), m.end(), m.group()));
        }
        return words;
    }
}
