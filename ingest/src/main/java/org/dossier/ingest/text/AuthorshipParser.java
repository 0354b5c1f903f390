package org.dossier.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who wrote an article and for whom: bylines ({@code By NAME}), author bio sentences
 * ({@code NAME is <role> ... at ORG ...}) and site names in promo lines ({@code Try The X's jobs board.}).
 */
public final class AuthorshipParser {

    private static final String TOKEN = "(?:\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?)";
    private static final String PARTICLE = "(?:de|da|del|della|di|van|von|der|den|bin|al|el|la|le|du|dos|ter|y)";
    private static final String NAME = TOKEN + "(?:\\s+(?:" + TOKEN + "|" + PARTICLE + ")){1,4}";
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by|written by|words by|story by|reporting by|text by|author\\s*:)\\s+(" + NAME + "(?:\\s+(?:and|&)\\s+" + NAME
                    + ")*)\\s*(?:$|[,|–—\\-·•]\\s*(.*)$)");
    private static final Pattern BIO = Pattern.compile(
            "^(?:(?:Dr|Prof)\\.?\\s+)?(" + NAME + ")\\s+(?:is|was|serves as|works as)\\s+(.+)$");
    private static final Pattern ROLE = Pattern.compile(
            "\\b(?:president|fellow|professor|director|editor|correspondent|reporter|writer|journalist|analyst"
                    + "|researcher|scholar|author|columnist|contributor|lecturer|chair|head|founder|partner|advis[eo]r"
                    + "|associate|member|student|candidate|manager|officer|economist|expert|specialist|consultant"
                    + "|ambassador|chief|dean|coordinator|producer|commentator|lawyer|attorney|scientist|historian"
                    + "|strategist|executive|principal|instructor|staff|blogger|freelance)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_NAMES = Set.of("the", "prime", "minister", "president", "secretary", "mr.",
            "mrs.", "ms.", "general", "former", "king", "queen", "premier", "chancellor", "senator", "governor",
            "this", "it", "there", "that", "what", "he", "she", "they", "we", "our", "his", "her", "u.s.", "japan", "china");
    private static final String CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}\\d.&\\-]*";
    private static final Pattern AFFILIATION = Pattern.compile(
            "\\b(at|for|with|from|of)\\s+(?:the\\s+)?(" + CAP_WORD + "(?:\\s+(?:" + CAP_WORD
                    + "|for|of|and|on|the|&|de|du))*)");
    private static final Pattern TRAILING_CONNECTOR = Pattern.compile("(?:\\s+(?:for|of|and|on|the|&|de|du))+$");
    private static final Pattern ORG_WORD = Pattern.compile(
            "\\b(?:Center|Centre|Institute|Institution|University|College|School|Council|Foundation|Association"
                    + "|Society|Forum|Fund|Endowment|Program|Programme|Initiative|Project|Group|Agency|Bank|Corporation"
                    + "|Company|Times|News|Post|Journal|Review|Magazine|Press|Herald|Tribune|Daily|Network|Media"
                    + "|Observer|Guardian|Telegraph|Diplomat|Monitor|Academy|Laboratory|Lab|Office|Commission)\\b");
    private static final List<String> PREPOSITION_RANK = List.of("at", "for", "with", "from", "of");
    private static final Pattern POSSESSIVE_SITE = Pattern.compile("\\b(The(?:\\s+" + CAP_WORD + "){1,3})['’]s\\b");
    private static final Pattern NAMED_SITE = Pattern.compile(
            "(?i:subscribe to|sign up for|support|follow|join|read more (?:at|on)|visit)\\s+((?:The\\s+)?" + CAP_WORD
                    + "(?:\\s+" + CAP_WORD + "){0,3})");
    private static final Set<String> NOT_SITES = Set.of("our", "us", "newsletter", "newsletters", "premium", "today",
            "now", "here", "free", "the");

    private AuthorshipParser() {
    }

    /** The author named by a byline line such as {@code By Jane Doe} or {@code Written by A and B | Reuters}. */
    public static Optional<String> byline(String line) {
        String c = LineShape.clean(line).replace('\u00A0', ' ');
        if (LineShape.words(c) > 14) {
            return Optional.empty();
        }
        Matcher m = BYLINE.matcher(c);
        if (!m.matches() || m.group(2) != null && LineShape.words(m.group(2)) > 8) {
            return Optional.empty();
        }
        return Optional.of(titleCaseIfShouting(m.group(1)));
    }

    /** The author and affiliation stated by a bio sentence such as {@code Jane Doe is a fellow at the X Institute.} */
    public static Optional<Bio> bio(String line) {
        String c = LineShape.clean(line).replace('\u00A0', ' ');
        if (!c.endsWith(".") || LineShape.words(c) > 70) {
            return Optional.empty();
        }
        Matcher m = BIO.matcher(c);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1);
        for (String token : name.split("\\s+")) {
            if (NOT_NAMES.contains(token.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        String rest = m.group(2);
        String[] head = rest.split("\\s+");
        String firstWords = String.join(" ", java.util.Arrays.copyOf(head, Math.min(head.length, 10)));
        if (!ROLE.matcher(firstWords).find()) {
            return Optional.empty();
        }
        return Optional.of(new Bio(name, affiliation(rest)));
    }

    /** The organisation a bio's role phrase names, preferring organisation words, then {@code at} over {@code of}. */
    static String affiliation(String rolePhrase) {
        List<String[]> candidates = new ArrayList<>();
        Matcher m = AFFILIATION.matcher(rolePhrase);
        while (m.find()) {
            String org = TRAILING_CONNECTOR.matcher(m.group(2)).replaceAll("").replaceAll("[.,]+$", "");
            if (!org.isEmpty()) {
                candidates.add(new String[] {m.group(1), org});
            }
        }
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (String[] candidate : candidates) {
            int score = (ORG_WORD.matcher(candidate[1]).find() ? 100 : 0) - PREPOSITION_RANK.indexOf(candidate[0]);
            if (score > bestScore) {
                bestScore = score;
                best = candidate[1];
            }
        }
        return best;
    }

    /** The site a promo line names, as in {@code Try The Diplomat's jobs board.} or {@code Subscribe to The Times}. */
    public static Optional<String> promoSite(String line) {
        String c = LineShape.clean(line).replace('\u00A0', ' ');
        Matcher possessive = POSSESSIVE_SITE.matcher(c);
        if (possessive.find()) {
            return Optional.of(possessive.group(1));
        }
        Matcher named = NAMED_SITE.matcher(c);
        if (named.find()) {
            String site = named.group(1);
            String first = site.split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (!NOT_SITES.contains(first) || site.contains(" ") && first.equals("the")) {
                return Optional.of(site);
            }
        }
        return Optional.empty();
    }

    /** Rewrites all-capital name words ({@code MARI YAMAGUCHI}) in title case; other words stay as written. */
    private static String titleCaseIfShouting(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (String word : name.split("(?<=\\s)|(?=\\s)")) {
            boolean shouting = word.length() > 1 && word.chars().anyMatch(Character::isLetter)
                    && word.equals(word.toUpperCase(Locale.ROOT));
            if (!shouting) {
                out.append(word);
                continue;
            }
            boolean start = true;
            for (char ch : word.toCharArray()) {
                out.append(start ? ch : Character.toLowerCase(ch));
                start = !Character.isLetter(ch);
            }
        }
        return out.toString();
    }
}
