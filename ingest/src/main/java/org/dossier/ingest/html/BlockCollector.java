package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the text under chosen elements as blocks: every block-level element (paragraph, heading, list item, quote,
 * table cell, line break) starts a new block, inline text is joined with whitespace collapsed. Iterative, so any
 * nesting depth is safe.
 */
final class BlockCollector {

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "li", "ul", "ol",
            "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "br",
            "hr", "figure", "aside", "nav", "footer", "form", "address", "center", "tbody", "thead", "caption",
            "details", "summary", "fieldset", "body", "html");

    private BlockCollector() {
    }

    /**
     * Collects the blocks under the roots, in order.
     *
     * @param skip elements whose whole subtree is left out
     */
    static List<String> collect(List<Element> roots, Predicate<Element> skip) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeFilter filter = new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(current, t.getWholeText());
                } else if (node instanceof Element e) {
                    if (skip.test(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCK_TAGS.contains(e.normalName())) {
                        flush(current, blocks);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
                    flush(current, blocks);
                }
                return FilterResult.CONTINUE;
            }
        };
        for (Element root : roots) {
            NodeTraversor.filter(filter, root);
            flush(current, blocks);
        }
        return blocks;
    }

    private static void appendCollapsed(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        String block = current.toString().strip();
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        current.setLength(0);
    }
}
