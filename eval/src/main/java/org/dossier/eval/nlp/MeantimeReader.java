package org.dossier.eval.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.dossier.eval.EvalException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a MEANTIME (NewsReader) article. The text is rebuilt from the tokens with ordinary English spacing. Names are the
 * entity mentions marked {@code NAM} or {@code PRE.NAM}, typed through their entity: PER, LOC and ORG as they are,
 * products, financial entities and mixed ones as MISC. MEANTIME marks whole noun phrases, so each name is cut to CoNLL
 * form: a mention holding another name mention gives way to it, and leading or trailing words that start in lower case
 * (determiners, common nouns) are dropped; what is left must hold a capitalized word or a digit. MEANTIME annotates only
 * the first sentences of each article, so the text ends with the last sentence that holds an annotation.
 */
public final class MeantimeReader {

    private static final Map<String, String> CLASSES = Map.of("PER", "PER", "LOC", "LOC", "ORG", "ORG", "PRO", "MISC",
            "FIN", "MISC", "MIX", "MISC");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "'", "n't",
            "'re", "'ve", "'ll", "'d", "'m", "'S");
    private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "$", "#");

    private MeantimeReader() {
    }

    public static MeantimeDocument read(Path file) throws EvalException {
        Document xml = parse(file);
        Element root = xml.getDocumentElement();
        String id = file.getFileName().toString().replaceFirst("\\.xml$", "");
        TreeMap<Integer, String[]> tokens = new TreeMap<>();
        NodeList ts = root.getElementsByTagName("token");
        for (int i = 0; i < ts.getLength(); i++) {
            Element t = (Element) ts.item(i);
            tokens.put(Integer.parseInt(t.getAttribute("t_id")), new String[] {t.getTextContent(), t.getAttribute("sentence")});
        }
        int lastAnnotated = lastAnnotatedSentence(root, tokens);
        tokens.values().removeIf(v -> Integer.parseInt(v[1]) > lastAnnotated);
        String dct = null;
        int datelineSentence = -1;
        record Gold(int first, int last, String type, String value) {
        }
        List<Gold> timexes = new ArrayList<>();
        NodeList tx = root.getElementsByTagName("TIMEX3");
        for (int i = 0; i < tx.getLength(); i++) {
            Element t = (Element) tx.item(i);
            List<Integer> anchors = anchors(t);
            if ("CREATION_TIME".equals(t.getAttribute("functionInDocument"))) {
                dct = t.getAttribute("value");
                if (!anchors.isEmpty()) {
                    String sentence = tokens.get(anchors.get(0))[1];
                    long inSentence = tokens.values().stream().filter(v -> v[1].equals(sentence)).count();
                    if (inSentence == anchors.size()) {
                        datelineSentence = Integer.parseInt(sentence);
                        continue;
                    }
                }
            }
            if (!anchors.isEmpty() && tokens.containsKey(anchors.get(anchors.size() - 1))) {
                timexes.add(new Gold(anchors.get(0), anchors.get(anchors.size() - 1), t.getAttribute("type"), t.getAttribute("value")));
            }
        }
        // the text, one sentence a line
        StringBuilder text = new StringBuilder();
        List<List<MeantimeDocument.Token>> sentences = new ArrayList<>();
        Map<Integer, int[]> position = new HashMap<>(); // t_id -> {sentence, index, start, end}
        String current = null;
        boolean quoteOpen = false;
        String previous = null;
        for (Map.Entry<Integer, String[]> e : tokens.entrySet()) {
            String word = e.getValue()[0];
            String sentence = e.getValue()[1];
            if (Integer.parseInt(sentence) == datelineSentence) {
                continue;
            }
            if (!sentence.equals(current)) {
                if (current != null) {
                    text.append('\n');
                }
                sentences.add(new ArrayList<>());
                current = sentence;
                previous = null;
                quoteOpen = false;
            } else {
                boolean quote = word.equals("\"");
                boolean glue = NO_SPACE_BEFORE.contains(word) || quote && quoteOpen
                        || NO_SPACE_AFTER.contains(previous) || "\"".equals(previous) && quoteOpen;
                if (!glue) {
                    text.append(' ');
                }
            }
            if (word.equals("\"")) {
                quoteOpen = !quoteOpen;
            }
            List<MeantimeDocument.Token> s = sentences.get(sentences.size() - 1);
            int start = text.length();
            text.append(word);
            position.put(e.getKey(), new int[] {sentences.size() - 1, s.size(), start, text.length()});
            s.add(new MeantimeDocument.Token(word, start, text.length()));
            previous = word;
        }
        List<TimemlFile.Timex> spans = new ArrayList<>();
        timexes.sort(Comparator.comparingInt(Gold::first).thenComparing(g -> -g.last()));
        int end = -1;
        for (Gold g : timexes) {
            int[] a = position.get(g.first());
            int[] b = position.get(g.last());
            if (a == null || b == null || a[2] < end) {
                continue;
            }
            spans.add(new TimemlFile.Timex(a[2], b[3], g.type(), g.value()));
            end = b[3];
        }
        return new MeantimeDocument(id, dct, text.toString(), sentences, spans, names(root, tokens, position, sentences));
    }

    private static List<MeantimeDocument.Name> names(Element root, TreeMap<Integer, String[]> tokens, Map<Integer, int[]> position,
            List<List<MeantimeDocument.Token>> sentences) {
        Map<String, String> entityType = new HashMap<>();
        NodeList es = root.getElementsByTagName("ENTITY");
        for (int i = 0; i < es.getLength(); i++) {
            Element e = (Element) es.item(i);
            entityType.put(e.getAttribute("m_id"), e.getAttribute("ent_type"));
        }
        Map<String, String> mentionType = new HashMap<>();
        NodeList rs = root.getElementsByTagName("REFERS_TO");
        for (int i = 0; i < rs.getLength(); i++) {
            Element r = (Element) rs.item(i);
            NodeList target = r.getElementsByTagName("target");
            if (target.getLength() == 0) {
                continue;
            }
            String type = entityType.get(((Element) target.item(0)).getAttribute("m_id"));
            NodeList sources = r.getElementsByTagName("source");
            for (int j = 0; j < sources.getLength(); j++) {
                mentionType.put(((Element) sources.item(j)).getAttribute("m_id"), type);
            }
        }
        record Mention(int first, int last, String type) {
        }
        List<Mention> mentions = new ArrayList<>();
        NodeList ms = root.getElementsByTagName("ENTITY_MENTION");
        for (int i = 0; i < ms.getLength(); i++) {
            Element m = (Element) ms.item(i);
            String syntax = m.getAttribute("syntactic_type");
            String type = CLASSES.get(String.valueOf(mentionType.get(m.getAttribute("m_id"))));
            List<Integer> a = anchors(m);
            if ((syntax.equals("NAM") || syntax.equals("PRE.NAM")) && type != null && !a.isEmpty()) {
                mentions.add(new Mention(a.get(0), a.get(a.size() - 1), type));
            }
        }
        List<MeantimeDocument.Name> out = new ArrayList<>();
        for (Mention m : mentions) {
            boolean holdsAnother = mentions.stream().anyMatch(o -> o != m && m.first() <= o.first() && o.last() <= m.last()
                    && !(o.first() == m.first() && o.last() == m.last()));
            int[] a = position.get(m.first());
            int[] b = position.get(m.last());
            if (holdsAnother || a == null || b == null || a[0] != b[0]) {
                continue;
            }
            List<MeantimeDocument.Token> s = sentences.get(a[0]);
            int first = a[1];
            int end = b[1] + 1;
            while (first < end && !capitalizedOrDigit(s.get(first).text())) {
                first++;
            }
            while (end > first && !capitalizedOrDigit(s.get(end - 1).text())) {
                end--;
            }
            if (first < end) {
                MeantimeDocument.Name name = new MeantimeDocument.Name(a[0], first, end, m.type());
                boolean clash = out.stream().anyMatch(o -> o.sentence() == name.sentence() && o.first() < name.end() && name.first() < o.end());
                if (!clash) {
                    out.add(name);
                }
            }
        }
        out.sort(Comparator.comparingInt(MeantimeDocument.Name::sentence).thenComparingInt(MeantimeDocument.Name::first));
        return out;
    }

    private static int lastAnnotatedSentence(Element root, TreeMap<Integer, String[]> tokens) {
        int last = -1;
        NodeList as = root.getElementsByTagName("token_anchor");
        for (int i = 0; i < as.getLength(); i++) {
            String[] t = tokens.get(Integer.parseInt(((Element) as.item(i)).getAttribute("t_id")));
            if (t != null) {
                last = Math.max(last, Integer.parseInt(t[1]));
            }
        }
        return last;
    }

    private static boolean capitalizedOrDigit(String token) {
        if (token.equals("The") || token.equals("A") || token.equals("An")) {
            return false;
        }
        char c = token.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    private static List<Integer> anchors(Element e) {
        List<Integer> out = new ArrayList<>();
        NodeList as = e.getElementsByTagName("token_anchor");
        for (int i = 0; i < as.getLength(); i++) {
            out.add(Integer.parseInt(((Element) as.item(i)).getAttribute("t_id")));
        }
        out.sort(null);
        return out;
    }

    private static Document parse(Path file) throws EvalException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            javax.xml.parsers.DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(file.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new EvalException(file, "not a MEANTIME XML file (" + why.toLowerCase(Locale.ROOT) + ")", e);
        }
    }
}
