package org.dossier.ingest.text;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Decides which lines of an article are boilerplate, by zone. The header is everything before the first
 * running-text line: there the title and sentences (captions, standfirst) stay and labels, navigation, datelines and
 * bylines go. In the body only lines that are boilerplate by their wording go (promos, credits, image labels,
 * related-link lists, repeated headlines). The trailer, after the last sentence, keeps only long lines.
 */
public final class BoilerplateClassifier {

    /** Lines after the header still searched for a dateline or byline. */
    public static final int TOP_EXTRA_LINES = 8;
    /** Paragraphs at the end searched for an author bio. */
    public static final int BIO_PARAGRAPHS = 4;
    /** Lines at least this long survive in the trailer: they are text, not links. */
    public static final int TRAILER_KEEP_WORDS = 20;

    private static final Pattern SEGMENT = Pattern.compile("\\s+[|·•]\\s+");

    private BoilerplateClassifier() {
    }

    /** Classifies the lines of one article. */
    public static Cleaning classify(List<Line> lines) {
        int n = lines.size();
        TreeMap<Integer, String> drop = new TreeMap<>();
        int firstPara = firstParagraph(lines);
        int headerEnd = Math.max(firstPara, 0);
        int titleLine = TitleFinder.find(lines, headerEnd);
        String title = titleLine >= 0 ? lines.get(titleLine).clean() : null;
        Meta meta = new Meta();

        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            if (line.isBlank() || i == titleLine) {
                continue;
            }
            String c = line.clean();
            if (c.equals(title)) {
                drop.put(i, "repeated-headline");
            } else if (BoilerplatePatterns.isCopyright(c)) {
                drop.put(i, "copyright");
                meta.copyrightOutlet = first(meta.copyrightOutlet, BoilerplatePatterns.copyrightHolder(c));
            } else if (BoilerplatePatterns.isPhotoCredit(c)) {
                drop.put(i, "photo-credit");
            } else if (BoilerplatePatterns.isImageLabel(c)) {
                drop.put(i, "image-label");
            } else if (BoilerplatePatterns.isPromo(c)) {
                drop.put(i, "promo");
                meta.promoOutlet = first(meta.promoOutlet, AuthorshipParser.promoSite(c).orElse(null));
            } else if (BoilerplatePatterns.isRelatedHeader(c)) {
                drop.put(i, "related-links");
                if (i >= headerEnd) {
                    i = dropRelatedBlock(lines, i + 1, titleLine, drop) - 1;
                }
            }
        }

        int topEnd = Math.min(n, headerEnd + TOP_EXTRA_LINES);
        for (int i = 0; i < topEnd; i++) {
            if (!drop.containsKey(i) && !lines.get(i).isBlank() && i != titleLine) {
                readTopLine(lines.get(i).clean(), i, drop, meta);
            }
        }
        for (int i = 0; i < headerEnd; i++) {
            if (!drop.containsKey(i) && !lines.get(i).isBlank() && i != titleLine) {
                String c = lines.get(i).clean();
                if (!LineShape.isShortSentence(c) && LineShape.words(c) < LineShape.PARAGRAPH_MIN_WORDS) {
                    drop.put(i, headerReason(c));
                }
            }
        }
        if (firstPara >= 0) {
            classifyTrailer(lines, headerEnd, drop, meta);
        }
        String outlet = first(meta.copyrightOutlet, first(meta.promoOutlet, meta.bioOutlet));
        String author = first(meta.bylineAuthor, meta.bioAuthor);
        String published = meta.published != null ? meta.published : meta.updated;
        return new Cleaning(drop, titleLine, title, published, author, outlet);
    }

    /** Index of the first running-text line that is not itself boilerplate, or -1. */
    static int firstParagraph(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String c = lines.get(i).clean();
            if (LineShape.isRunningText(c) && !BoilerplatePatterns.isPromo(c) && !BoilerplatePatterns.isPhotoCredit(c)
                    && !BoilerplatePatterns.isCopyright(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Drops the headlines and list markers after a related-links header; returns the index where the list ends. */
    private static int dropRelatedBlock(List<Line> lines, int from, int titleLine, TreeMap<Integer, String> drop) {
        int j = from;
        while (j < lines.size() && j != titleLine) {
            Line line = lines.get(j);
            String c = line.clean();
            if (line.isBlank()) {
                j++;
                continue;
            }
            boolean listItem = LineShape.isBulletMarker(c)
                    || LineShape.words(c) <= 30 && !c.replaceAll("[\"'”’»)\\]]+$", "").endsWith(".");
            if (!listItem) {
                break;
            }
            drop.putIfAbsent(j, "related-links");
            j++;
        }
        return j;
    }

    private static void readTopLine(String c, int i, TreeMap<Integer, String> drop, Meta meta) {
        Optional<Dateline> dateline = DatelineParser.parse(c);
        if (dateline.isPresent()) {
            drop.put(i, "dateline");
            meta.addDateline(dateline.get());
            return;
        }
        Optional<String> byline = AuthorshipParser.byline(c);
        if (byline.isPresent()) {
            drop.put(i, "byline");
            meta.bylineAuthor = first(meta.bylineAuthor, byline.get());
            return;
        }
        String[] segments = SEGMENT.split(c);
        if (segments.length < 2) {
            return;
        }
        for (String segment : segments) {
            if (DatelineParser.parse(segment).isEmpty() && AuthorshipParser.byline(segment).isEmpty()) {
                return;
            }
        }
        drop.put(i, "byline");
        for (String segment : segments) {
            DatelineParser.parse(segment).ifPresent(meta::addDateline);
            AuthorshipParser.byline(segment).ifPresent(a -> meta.bylineAuthor = first(meta.bylineAuthor, a));
        }
    }

    private static String headerReason(String c) {
        if (BoilerplatePatterns.isNavigation(c)) {
            return "navigation";
        }
        if (BoilerplatePatterns.isImageLabel(c)) {
            return "image-label";
        }
        return "section-label";
    }

    /** Reads an author bio near the end, then drops the short lines after the last sentence. */
    private static void classifyTrailer(List<Line> lines, int headerEnd, TreeMap<Integer, String> drop, Meta meta) {
        int n = lines.size();
        int lastAnchor = -1;
        for (int i = n - 1; i >= headerEnd && lastAnchor < 0; i--) {
            String c = lines.get(i).clean();
            if (!drop.containsKey(i) && !LineShape.isHeadlineCased(c)
                    && (LineShape.isParagraph(c) || LineShape.isShortSentence(c))) {
                lastAnchor = i;
            }
        }
        if (lastAnchor < 0) {
            return;
        }
        boolean bio = false;
        int paragraphs = 0;
        for (int i = lastAnchor; i >= headerEnd && paragraphs < BIO_PARAGRAPHS && !bio; i--) {
            String c = lines.get(i).clean();
            if (drop.containsKey(i) || !LineShape.isParagraph(c)) {
                continue;
            }
            paragraphs++;
            Optional<Bio> found = AuthorshipParser.bio(c);
            if (found.isPresent()) {
                bio = true;
                meta.bioAuthor = found.get().author();
                meta.bioOutlet = found.get().outlet();
            }
        }
        for (int i = lastAnchor + 1; i < n; i++) {
            String c = lines.get(i).clean();
            if (drop.containsKey(i) || c.isEmpty() || LineShape.words(c) >= TRAILER_KEEP_WORDS) {
                continue;
            }
            Optional<String> byline = AuthorshipParser.byline(c);
            if (byline.isPresent()) {
                drop.put(i, "byline");
                meta.bylineAuthor = first(meta.bylineAuthor, byline.get());
            } else if (DatelineParser.parse(c).isPresent()) {
                drop.put(i, "dateline");
            } else if (bio) {
                drop.put(i, "author-card");
            } else if ("promo".equals(drop.get(i - 1)) || "promo".equals(drop.get(i + 1))) {
                drop.put(i, "promo");
            } else {
                drop.put(i, "footer");
            }
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** Metadata gathered while classifying; local to one call. */
    private static final class Meta {
        String published;
        String updated;
        String bylineAuthor;
        String bioAuthor;
        String bioOutlet;
        String promoOutlet;
        String copyrightOutlet;

        void addDateline(Dateline d) {
            if (d.updated()) {
                updated = first(updated, d.iso());
            } else {
                published = first(published, d.iso());
            }
        }
    }
}
