package org.dossier.ingest.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the headline among the header lines. Sites often repeat their headline in the header, so a repeated
 * title-shaped line wins; otherwise the first title-shaped line of three words or more. Section labels, navigation,
 * datelines and bylines are never titles, and a header that starts with running text has no title.
 */
public final class TitleFinder {

    /** Header lines looked at, at most. */
    public static final int MAX_HEADER_LINES = 40;

    private TitleFinder() {
    }

    /**
     * Index of the title line, or -1.
     *
     * @param headerEnd index of the first running-text line; only lines before it can be titles
     */
    public static int find(List<Line> lines, int headerEnd) {
        Map<String, Integer> counts = new HashMap<>();
        for (Line line : lines) {
            counts.merge(line.clean(), 1, Integer::sum);
        }
        int limit = Math.min(Math.min(headerEnd, MAX_HEADER_LINES), lines.size());
        int longRepeated = -1;
        int firstLong = -1;
        int shortRepeated = -1;
        for (int i = 0; i < limit; i++) {
            String c = lines.get(i).clean();
            if (!isCandidate(c)) {
                continue;
            }
            boolean repeated = counts.getOrDefault(c, 0) >= 2;
            boolean longEnough = LineShape.words(c) >= 3;
            if (repeated && longEnough && longRepeated < 0) {
                longRepeated = i;
            }
            if (longEnough && firstLong < 0) {
                firstLong = i;
            }
            if (repeated && shortRepeated < 0) {
                shortRepeated = i;
            }
        }
        return longRepeated >= 0 ? longRepeated : firstLong >= 0 ? firstLong : shortRepeated;
    }

    static boolean isCandidate(String c) {
        return LineShape.isTitleShaped(c)
                && !BoilerplatePatterns.isNavigation(c)
                && !BoilerplatePatterns.isImageLabel(c)
                && !BoilerplatePatterns.isPromo(c)
                && !BoilerplatePatterns.isRelatedHeader(c)
                && !BoilerplatePatterns.isPhotoCredit(c)
                && !BoilerplatePatterns.isCopyright(c)
                && DatelineParser.parse(c).isEmpty()
                && AuthorshipParser.byline(c).isEmpty();
    }
}
