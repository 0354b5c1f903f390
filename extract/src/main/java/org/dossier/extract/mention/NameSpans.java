package org.dossier.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Span;

/**
 * Repairs name spans where taggers commonly cut them: a final abbreviation loses its period at a sentence end
 * ({@code United States Steel Corp.}), alternatives joined by a slash are split ({@code Senkaku/Diaoyu Islands}), and an
 * acronym given in parentheses after a name ({@code Quadrilateral Security Dialogue (QUAD)}) is not tagged at all.
 */
final class NameSpans {

    private static final Set<String> ABBREVIATIONS = Set.of("Corp", "Inc", "Co", "Ltd", "Jr", "Sr", "Bros", "Cos", "Dept", "Univ");
    private static final Pattern ACRONYM = Pattern.compile("^ \\(([A-Z][A-Za-z0-9&]{1,9})\\)");

    private NameSpans() {
    }

    /** The document's name spans (PERSON, ORGANIZATION, LOCATION, MISC), repaired, in text order. */
    static List<Span> normalize(AnnotatedDocument doc) {
        String text = doc.text();
        List<Span> names = new ArrayList<>();
        for (Span s : doc.spans()) {
            if (MentionExtractor.NAME_TYPES.contains(s.type()) && s.type().equals(s.coarseType())) {
                names.add(s);
            }
        }
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Span s = names.get(i);
            // Senkaku/Diaoyu Islands: two spans joined by a bare slash are one name
            while (i + 1 < names.size() && names.get(i + 1).start() == s.end() + 1 && text.charAt(s.end()) == '/'
                    && names.get(i + 1).sentence() == s.sentence()) {
                Span next = names.get(++i);
                String type = s.type().equals(next.type()) ? s.type() : next.type();
                s = new Span(type, type, s.start(), next.end(), text.substring(s.start(), next.end()), s.sentence(), null);
            }
            s = withAbbreviationPeriod(s, text);
            out.add(s);
            Matcher m = ACRONYM.matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 14)));
            if (!s.type().equals("PERSON") && m.find()) {
                int b = s.end() + m.start(1);
                int e = s.end() + m.end(1);
                boolean tagged = names.stream().anyMatch(n -> n.start() == b);
                if (!tagged) {
                    out.add(new Span(s.type(), s.type(), b, e, text.substring(b, e), s.sentence(), null));
                }
            }
        }
        return out;
    }

    private static Span withAbbreviationPeriod(Span s, String text) {
        int lastSpace = s.text().lastIndexOf(' ');
        String lastWord = s.text().substring(lastSpace + 1);
        if (ABBREVIATIONS.contains(lastWord) && s.end() < text.length() && text.charAt(s.end()) == '.') {
            return new Span(s.type(), s.coarseType(), s.start(), s.end() + 1, text.substring(s.start(), s.end() + 1),
                    s.sentence(), s.normalized());
        }
        return s;
    }
}
