package org.dossier.ingest.text;

import java.util.regex.Pattern;

/**
 * Tests that recognise one kind of boilerplate line by its wording alone: promos, photo credits, image labels,
 * navigation, related-link list headers and copyright notices. They are general web-page conventions, never the
 * wording of one site. Position-dependent decisions are left to {@link BoilerplateClassifier}.
 */
public final class BoilerplatePatterns {

    /** Longest line that can be a promo; longer lines are running text even when they say "subscribe". */
    public static final int PROMO_MAX_WORDS = 20;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern PROMO_ALONE = Pattern.compile(
            "^\\W*(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|paid content|partner content"
                    + "|skip (?:to )?(?:main )?content|share(?: this)?(?: article| story)?|print|email|comments?)\\W*$",
            FLAGS);
    private static final Pattern PROMO_STRONG = Pattern.compile(
            "\\b(?:click here|tap here|subscribe (?:now|today|here)|subscribe to (?:our|the|receive|get)"
                    + "|jobs? board|sign up (?:now|today|here|for (?:our|the|free|a))|newsletter sign|free trial"
                    + "|download (?:our|the) app|follow us|all rights reserved|read more at|continue reading"
                    + "|support (?:our|independent) journalism|become a (?:member|subscriber|patron)|already a subscriber"
                    + "|log in to|sign in to (?:read|continue)|create (?:a |an )?(?:free )?account|unlimited access"
                    + "|›\\s*$|>>\\s*$|->\\s*click)",
            FLAGS);
    private static final Pattern PROMO_START = Pattern.compile(
            "^\\W*(?:subscribe|sign up|register|log in|sign in|join|download|get|try|find|follow|read|listen|watch"
                    + "|support|donate|dreaming|looking for|want|don['’]t miss|stay)\\b",
            FLAGS);
    private static final Pattern PROMO_NOUN = Pattern.compile(
            "\\b(?:newsletters?|subscriptions?|subscribe|inbox|jobs?|careers?|app|podcasts?|premium|membership"
                    + "|account|updates|alerts|digital edition|e-?paper|offer|deal|free)\\b",
            FLAGS);

    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "^\\W*(?:(?:photo|image|picture|video|graphic|illustration|photograph|footage)s?(?: credit)?\\s*(?:by|:|/|courtesy)"
                    + "|credits?\\s*:|courtesy(?: of)?\\b|source\\s*:\\s*(?:getty|ap|reuters|afp|shutterstock)"
                    + "|\\(?(?:photo|image|picture)s? (?:by|courtesy)\\b"
                    + "|(?:ap|afp|reuters|getty|epa|bloomberg|kyodo|xinhua|yonhap)(?: images)?(?: photo)?\\s*(?:/|$))",
            FLAGS);
    private static final Pattern IMAGE_LABEL = Pattern.compile(
            "^\\W*(?:\\w+\\s+)?(?:image|images|photo|photos|picture|video|videos|gallery|slideshow|graphic|graphics"
                    + "|visuali[sz]ation|infographic|illustration|map|chart|audio|play|enlarge|expand|zoom)\\W*$",
            FLAGS);
    private static final Pattern NAVIGATION = Pattern.compile(
            "^\\W*(?:home|menu|search|news|latest|more|features|recent features|latest (?:news|stories|articles)"
                    + "|top stories|back to top|next|previous|next article|previous article|skip to content"
                    + "|share|share on \\w+|tweet|print|email|sections?|topics?|tags?|categories|follow|log ?in|sign ?in"
                    + "|newsletters?|contact(?: us)?|about(?: us)?|opinion|editorial|analysis|world|politics|business)\\W*$",
            FLAGS);
    private static final Pattern BREADCRUMB = Pattern.compile("\\S\\s*(?:\\||»|›|>|/|•|·)\\s*\\S");
    private static final Pattern RELATED_HEADER = Pattern.compile(
            "^\\W*(?:[\\p{L}\"“”'’]+\\s+){0,2}(?:popular(?: articles?| stories| posts| now)?|most (?:read|viewed|popular|shared|emailed)"
                    + "|related(?: articles?| stories| content| news| links| coverage| posts| reading| topics)?"
                    + "|recommended(?: for you| stories| articles| reading)?|trending(?: now| stories| articles)?"
                    + "|(?:access )?ranking|read (?:more|next|also)|also read|see also|more (?:stories|news|from|on this|in)\\b.*"
                    + "|you (?:may|might) (?:also )?like|editor['’]?s picks|top stories|latest (?:news|stories)"
                    + "|in other news|what to read next|don['’]t miss)\\W*$",
            FLAGS);
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s(?:\\||»|›|>|/|•|·)\\s|\\s*\\|\\s*");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^\\W*(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:(\\d{4})(?:\\s*[-–]\\s*\\d{4})?)?\\s*,?\\s*(.*)$", FLAGS);
    private static final Pattern RIGHTS = Pattern.compile("[.,]?\\s*(?:all rights reserved|inc\\.|ltd\\.|llc).*$", FLAGS);

    private BoilerplatePatterns() {
    }

    /** A short call to action: subscribe, sign up, jobs board, click here, advertisement, "find your ... job". */
    public static boolean isPromo(String line) {
        String c = LineShape.clean(line);
        if (c.isEmpty() || LineShape.words(c) > PROMO_MAX_WORDS) {
            return false;
        }
        return PROMO_ALONE.matcher(c).matches() || PROMO_STRONG.matcher(c).find()
                || PROMO_START.matcher(c).find() && PROMO_NOUN.matcher(c).find() && LineShape.words(c) <= 12
                && !LineShape.isParagraph(c);
    }

    /** A photo credit line: {@code Credit: ...}, {@code Photo: ...}, {@code (Photo by ...)}, {@code AP Photo/...}. */
    public static boolean isPhotoCredit(String line) {
        String c = LineShape.clean(line);
        return !c.isEmpty() && LineShape.words(c) <= 15 && PHOTO_CREDIT.matcher(c).find();
    }

    /** A lone media label such as {@code Image}, {@code Video} or {@code Remote Visualization}. */
    public static boolean isImageLabel(String line) {
        return IMAGE_LABEL.matcher(LineShape.clean(line)).matches();
    }

    /** A navigation item: a menu word, or a breadcrumb such as {@code A | B | C}. */
    public static boolean isNavigation(String line) {
        String c = LineShape.clean(line).replace('\u00A0', ' ');
        if (NAVIGATION.matcher(c).matches()) {
            return true;
        }
        return LineShape.words(c) <= 10 && !LineShape.endsSentence(c) && isBreadcrumb(c);
    }

    private static boolean isBreadcrumb(String c) {
        String[] parts = CRUMB_SEPARATOR.split(c);
        return parts.length >= 2 && BREADCRUMB.matcher(c).find()
                && java.util.Arrays.stream(parts).allMatch(p -> LineShape.words(p) <= 4);
    }

    /** The header of a related-links list: {@code MOST READ}, {@code "Politics" POPULAR ARTICLE}, {@code Trending}. */
    public static boolean isRelatedHeader(String line) {
        String c = LineShape.clean(line);
        return LineShape.words(c) <= 6 && !LineShape.endsSentence(c) && RELATED_HEADER.matcher(c).matches();
    }

    /** A copyright notice such as {@code © 2025 The Times. All rights reserved.} */
    public static boolean isCopyright(String line) {
        String c = LineShape.clean(line);
        return LineShape.words(c) <= 15 && COPYRIGHT.matcher(c).matches();
    }

    /** The holder named in a copyright notice, or null. */
    public static String copyrightHolder(String line) {
        if (!isCopyright(line)) {
            return null;
        }
        var m = COPYRIGHT.matcher(LineShape.clean(line));
        if (!m.matches()) {
            return null;
        }
        String holder = LineShape.clean(RIGHTS.matcher(m.group(2)).replaceAll(""));
        holder = holder.replaceAll("[.,;:]+$", "");
        return holder.isEmpty() || !Character.isUpperCase(holder.codePointAt(0)) ? null : holder;
    }
}
