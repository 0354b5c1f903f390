package org.dossier.discover;

import org.dossier.model.Source;

/**
 * The opening of an article as one passage to embed: its headline, then its opening words, up to {@value #MAX_WORDS}
 * words in all. The lead states what happened, to whom, where and when; the rest of an article adds background that two
 * similar events share.
 */
public final class LeadText {

    /** Words of the lead (headline included): a few sentences, well within the embedding model's input. */
    public static final int MAX_WORDS = 60;

    private LeadText() {
    }

    /** The lead of {@code source}; empty for an empty text. */
    public static String of(Source source) {
        return of(source.title(), source.text());
    }

    /** The lead of a text with an optional headline (when the text starts with the headline, it is not repeated). */
    static String of(String title, String text) {
        StringBuilder out = new StringBuilder();
        int words = 0;
        String body = text == null ? "" : text.strip();
        if (title != null && !title.isBlank()) {
            out.append(title.strip());
            words += title.strip().split("\\s+").length;
            if (body.startsWith(title.strip())) {
                body = body.substring(title.strip().length());
            }
        }
        for (String word : body.split("\\s+")) {
            if (words >= MAX_WORDS) {
                break;
            }
            if (word.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word);
            words++;
        }
        return out.toString();
    }
}
