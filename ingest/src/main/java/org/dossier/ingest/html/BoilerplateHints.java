package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads what an element's {@code class}, {@code id}, {@code role} and {@code itemprop} say about it. Names are split
 * into words at dashes, underscores, spaces and camel-case humps, and only whole words (or a few known prefixes) count,
 * so {@code header} never matches {@code ad}.
 */
public final class BoilerplateHints {

    /** Words that mark the main text. */
    static final Set<String> POSITIVE = Set.of("article", "articlebody", "content", "story", "body", "post", "entry",
            "text", "main", "blog", "prose", "richtext", "paywall", "storybody", "postbody");
    /** Words that mark boilerplate. */
    static final Set<String> NEGATIVE = Set.of("nav", "navbar", "navigation", "menu", "footer", "comment", "comments",
            "share", "sharing", "social", "related", "promo", "ad", "ads", "advert", "advertisement", "advertising",
            "sponsor", "sponsored", "cookie", "cookies", "consent", "gdpr", "subscribe", "subscription", "newsletter",
            "sidebar", "widget", "breadcrumb", "breadcrumbs", "masthead", "banner", "popup", "modal", "outbrain",
            "taboola", "recirc", "recommended", "recommendations", "trending", "popular", "tags", "tag", "byline",
            "caption", "credit", "toolbar", "signup", "login", "paywall-prompt", "disclaimer", "skip", "hidden",
            "print", "rail", "more", "readmore", "newsletters", "author", "meta", "dateline", "timestamp", "topics",
            "embed", "gallery", "slideshow", "pagination", "pager", "jump", "teaser", "teasers",
            "headline", "headlines", "inline", "sr", "visually", "offscreen", "follow", "bio", "copyright", "legal",
            "feedback", "survey", "alert", "overlay", "sticky", "flyout", "dropdown", "tooltip", "icon", "logo");
    /** Prefixes of words that mark boilerplate. */
    private static final List<String> NEGATIVE_PREFIXES = List.of("advert", "sponsor", "promo", "newsletter",
            "comment", "social", "share", "related", "recommend", "subscri", "cookie", "outbrain", "taboola");
    /** Roles that never hold the main text. */
    static final Set<String> NEGATIVE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "dialog",
            "alertdialog", "menu", "menubar", "search", "toolbar", "tablist", "alert", "status", "tooltip");

    private BoilerplateHints() {
    }

    /** Words of an element's class, id, role and itemprop attributes, lower-cased. */
    public static List<String> words(Element element) {
        List<String> words = new ArrayList<>();
        for (String attribute : new String[] {"class", "id", "role", "itemprop"}) {
            String value = element.attr(attribute);
            if (!value.isEmpty()) {
                split(value, words);
            }
        }
        return words;
    }

    /** Splits a class or id value into lower-case words. */
    static void split(String value, List<String> out) {
        StringBuilder word = new StringBuilder();
        char previous = ' ';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, out);
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
                    flush(word, out);
                }
                word.append(Character.toLowerCase(c));
            }
            previous = c;
        }
        flush(word, out);
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }

    /** Whether any word marks the main text. */
    public static boolean positive(List<String> words) {
        return words.stream().anyMatch(POSITIVE::contains);
    }

    /** Whether any word marks boilerplate. */
    public static boolean negative(List<String> words) {
        for (String w : words) {
            if (NEGATIVE.contains(w)) {
                return true;
            }
            for (String prefix : NEGATIVE_PREFIXES) {
                if (w.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the element's role attribute names a region that never holds the main text. */
    public static boolean negativeRole(Element element) {
        String role = element.attr("role").trim().toLowerCase(Locale.ROOT);
        return !role.isEmpty() && NEGATIVE_ROLES.contains(role);
    }

    /** A class weight as readability uses it: +25 for a positive hint, -25 for a negative one. */
    public static int weight(List<String> words) {
        int weight = 0;
        if (positive(words)) {
            weight += 25;
        }
        if (negative(words)) {
            weight -= 25;
        }
        return weight;
    }
}
