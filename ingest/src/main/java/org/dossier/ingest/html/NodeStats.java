package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text measures of every element under a root, summed bottom-up in one iterative pass (no recursion, so any depth
 * is safe). Elements in the excluded set, and everything under them, count for nothing.
 */
final class NodeStats {

    /** Measures of one element's subtree; text lengths count non-whitespace characters. */
    static final class Stats {
        int text;
        int linkText;
        int commas;
        int paragraphs;
        int images;
        int listItems;
        int inputs;
        int headings;
        int ownText;
    }

    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final List<Element> preOrder = new ArrayList<>();

    private NodeStats() {
    }

    /** Measures every element under the root, skipping the excluded subtrees. */
    static NodeStats of(Element root, Set<Element> excluded) {
        NodeStats result = new NodeStats();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (excluded.contains(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    result.preOrder.add(e);
                    result.stats.put(e, new Stats());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        for (int i = result.preOrder.size() - 1; i >= 0; i--) {
            Element e = result.preOrder.get(i);
            Stats s = result.stats.get(e);
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    String text = t.getWholeText();
                    int n = nonSpace(text);
                    s.text += n;
                    s.ownText += n;
                    s.commas += commas(text);
                }
            }
            String tag = e.normalName();
            switch (tag) {
                case "a" -> s.linkText = s.text;
                case "p" -> s.paragraphs++;
                case "img" -> s.images++;
                case "li" -> s.listItems++;
                case "input", "button", "select", "textarea" -> s.inputs++;
                case "h1", "h2", "h3", "h4", "h5", "h6" -> s.headings++;
                default -> {
                }
            }
            if (tag.equals("a")) {
                s.linkText = s.text;
            }
            Element parent = e.parent();
            Stats p = parent == null ? null : result.stats.get(parent);
            if (p != null) {
                p.text += s.text;
                p.linkText += tag.equals("a") ? s.text : s.linkText;
                p.commas += s.commas;
                p.paragraphs += s.paragraphs;
                p.images += s.images;
                p.listItems += s.listItems;
                p.inputs += s.inputs;
                p.headings += s.headings;
            }
        }
        return result;
    }

    /** The measures of an element, or null when it was excluded or is not under the root. */
    Stats get(Element e) {
        return stats.get(e);
    }

    /** Elements under the root in document order, excluded subtrees left out. */
    List<Element> preOrder() {
        return preOrder;
    }

    /** Share of the element's text inside links, 0 when it has no text. */
    double linkDensity(Element e) {
        Stats s = stats.get(e);
        return s == null || s.text == 0 ? 0 : (double) s.linkText / s.text;
    }

    static int nonSpace(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                n++;
            }
        }
        return n;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
