package org.dossier.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.DroppedSpan;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text of a parsed page the way readability does: obvious boilerplate is set aside (scripts, navigation,
 * hidden elements, class or id words such as {@code share} or {@code related}), paragraphs score their ancestors
 * (length, commas), scores are discounted by link density, and the best container plus its strong siblings is written
 * out as blocks, with link-heavy or image-heavy parts inside it removed. When that finds too little text, it runs again
 * without the class and id rules.
 *
 * <p>Dropped regions are the maximal elements left out, as half-open character ranges into the decoded HTML string the
 * document was parsed from (the parser must track positions); elements the parser invented have no range and are not
 * listed. Pure and thread-safe; all tree walks are iterative.
 */
public final class MainTextExtractor {

    /** Tags never part of the main text. */
    static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe",
            "object", "embed", "button", "input", "select", "textarea", "option", "nav", "aside", "footer",
            "figcaption", "dialog", "menu", "head", "map", "audio", "video", "picture", "img", "link", "meta");
    private static final Set<String> KEEP_TAGS = Set.of("html", "body", "main", "article", "tr", "td", "th", "tbody",
            "thead", "p", "a", "span", "strong", "em", "b", "i");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？][\"”’)]?\\s*$");
    private static final int RETRY_BELOW_CHARS = 500;

    private final ExtractionConfig config;

    public MainTextExtractor(ExtractionConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        this.config = config;
    }

    /** Extracts the main text; the result has no blocks when the page holds no article text. */
    public MainText extract(Document document) {
        Element body = document.body() != null ? document.body() : document;
        MainText strict = extract(body, true);
        if (strict.length() >= RETRY_BELOW_CHARS) {
            return strict;
        }
        MainText relaxed = extract(body, false);
        return relaxed.length() > strict.length() ? relaxed : strict;
    }

    private MainText extract(Element body, boolean useHints) {
        NodeStats raw = NodeStats.of(body, Set.of());
        Map<Element, String> dropped = dropBoilerplate(body, raw, useHints);
        NodeStats stats = NodeStats.of(body, dropped.keySet());
        Map<Element, Double> scores = score(stats, useHints);
        if (scores.isEmpty()) {
            return new MainText(List.of(), List.of());
        }
        Element top = topCandidate(scores, body);
        List<Element> roots = withSiblings(top, scores, stats);
        Map<Element, String> removed = new IdentityHashMap<>(dropped);
        Set<Element> rootSet = Collections.newSetFromMap(new IdentityHashMap<>());
        rootSet.addAll(roots);
        for (Element root : roots) {
            for (Element e : root.getAllElements()) {
                if (e != root && !removed.containsKey(e) && stats.get(e) != null) {
                    String reason = cleanReason(e, stats, useHints);
                    if (reason != null) {
                        removed.put(e, reason);
                    }
                }
            }
        }
        List<String> blocks = BlockCollector.collect(roots, e -> removed.containsKey(e) || isTitle(e));
        List<String> kept = new ArrayList<>();
        for (String block : blocks) {
            kept.add(block);
        }
        return new MainText(kept, droppedSpans(body, roots, rootSet, removed));
    }

    /** Elements set aside before scoring, each with its reason; only the outermost of nested ones is listed. */
    private static Map<Element, String> dropBoilerplate(Element body, NodeStats raw, boolean useHints) {
        Map<Element, String> dropped = new IdentityHashMap<>();
        int bodyText = Math.max(1, raw.get(body).text);
        Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : raw.preOrder()) {
            Element parent = e.parent();
            if (parent != null && (dropped.containsKey(parent) || inside.contains(parent))) {
                inside.add(e);
                continue;
            }
            if (e == body) {
                continue;
            }
            String reason = dropReason(e, raw, bodyText, useHints);
            if (reason != null) {
                dropped.put(e, reason);
            }
        }
        return dropped;
    }

    static String dropReason(Element e, NodeStats raw, int bodyText, boolean useHints) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag)) {
            return tag;
        }
        if (isHidden(e)) {
            return "hidden";
        }
        if (BoilerplateHints.negativeRole(e)) {
            return "role " + e.attr("role");
        }
        if (!useHints || KEEP_TAGS.contains(tag)) {
            return null;
        }
        List<String> words = BoilerplateHints.words(e);
        if (!BoilerplateHints.negative(words)) {
            return null;
        }
        NodeStats.Stats s = raw.get(e);
        if (BoilerplateHints.positive(words)) {
            return raw.linkDensity(e) > 0.5 ? "link-dense " + String.join(" ", words) : null;
        }
        if (s != null && s.text > 0.5 * bodyText) {
            return null;
        }
        return "class/id " + String.join(" ", words);
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Readability's scores: paragraphs feed their ancestors, then each candidate is discounted by link density. */
    private Map<Element, Double> score(NodeStats stats, boolean useHints) {
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element e : stats.preOrder()) {
            int length = paragraphLength(e, stats);
            if (length < config.minParagraphChars()) {
                continue;
            }
            NodeStats.Stats s = stats.get(e);
            double score = 1 + Math.min(s.commas, 30) + Math.min(3, length / 100.0);
            Element ancestor = e.parent();
            for (int level = 0; level < 5 && ancestor != null && stats.get(ancestor) != null; level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Element a = ancestor;
                scores.computeIfAbsent(a, x -> initialScore(x, useHints));
                scores.merge(a, score / divider, Double::sum);
                ancestor = ancestor.parent();
            }
        }
        scores.replaceAll((e, score) -> score * (1 - stats.linkDensity(e)));
        return scores;
    }

    private int paragraphLength(Element e, NodeStats stats) {
        NodeStats.Stats s = stats.get(e);
        return switch (e.normalName()) {
            case "p", "pre", "td" -> s.text;
            case "div", "section", "span", "article", "font", "center" -> s.ownText;
            default -> 0;
        };
    }

    private static double initialScore(Element e, boolean useHints) {
        double score = switch (e.normalName()) {
            case "div" -> 5;
            case "article" -> 10;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return useHints ? score + BoilerplateHints.weight(BoilerplateHints.words(e)) : score;
    }

    private static Element topCandidate(Map<Element, Double> scores, Element body) {
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<Element, Double>comparingByValue(Comparator.reverseOrder()));
        Element top = ranked.get(0).getKey();
        double best = ranked.get(0).getValue();
        List<Element> alternatives = new ArrayList<>();
        for (int i = 1; i < Math.min(5, ranked.size()); i++) {
            if (ranked.get(i).getValue() >= 0.75 * best) {
                alternatives.add(ranked.get(i).getKey());
            }
        }
        if (alternatives.size() >= 3) {
            for (Element parent = top.parent(); parent != null && parent != body.parent(); parent = parent.parent()) {
                final Element p = parent;
                long inside = alternatives.stream().filter(a -> isAncestor(p, a)).count();
                if (inside >= 3) {
                    top = parent;
                    break;
                }
                if (parent == body) {
                    break;
                }
            }
        }
        double last = scores.getOrDefault(top, 0.0);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > last) {
                top = parent;
                break;
            }
            last = parentScore;
        }
        while (top != body && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private List<Element> withSiblings(Element top, Map<Element, Double> scores, NodeStats stats) {
        Element parent = top.parent();
        if (parent == null || top.normalName().equals("body")) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * config.siblingScoreRatio());
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            NodeStats.Stats s = stats.get(sibling);
            if (s == null) {
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                roots.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                double density = stats.linkDensity(sibling);
                if (s.text > 80 && density < 0.25
                        || s.text > 0 && s.text <= 80 && density == 0 && SENTENCE_END.matcher(sibling.text()).find()) {
                    roots.add(sibling);
                }
            }
        }
        return roots;
    }

    /** Why an element inside the main container is removed, or null to keep it (readability's conditional clean). */
    private String cleanReason(Element e, NodeStats stats, boolean useHints) {
        String tag = e.normalName();
        NodeStats.Stats s = stats.get(e);
        double density = stats.linkDensity(e);
        switch (tag) {
            case "h2", "h3", "h4", "h5", "h6" -> {
                return density > 0.5 ? "link-dense heading" : null;
            }
            case "p", "li", "dd", "dt", "blockquote" -> {
                return s.text < 150 && density > 0.6 ? "link-dense " + tag : null;
            }
            case "div", "section", "ul", "ol", "table", "dl", "header" -> {
            }
            default -> {
                return null;
            }
        }
        int weight = useHints ? BoilerplateHints.weight(BoilerplateHints.words(e)) : 0;
        if (weight < 0) {
            return "class/id " + String.join(" ", BoilerplateHints.words(e));
        }
        if (s.commas >= 10) {
            return null;
        }
        if (s.images > 1 && (double) s.paragraphs / s.images < 0.5) {
            return "image-heavy";
        }
        if (s.inputs > s.paragraphs / 3.0) {
            return "form controls";
        }
        if (weight < 25 && density > config.maxLinkDensity() || weight >= 25 && density > 0.5) {
            return "link-dense";
        }
        return null;
    }

    private static boolean isTitle(Element e) {
        return e.normalName().equals("h1");
    }

    private static List<DroppedSpan> droppedSpans(Element body, List<Element> roots, Set<Element> rootSet,
            Map<Element, String> removed) {
        List<DroppedSpan> spans = new ArrayList<>();
        Set<Element> path = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element root : roots) {
            for (Element p = root.parent(); p != null; p = p.parent()) {
                path.add(p);
                if (p == body) {
                    break;
                }
            }
        }
        for (Element p : path) {
            for (Element child : p.children()) {
                if (!path.contains(child) && !rootSet.contains(child)) {
                    add(spans, child, removed.getOrDefault(child, "outside main text"));
                }
            }
        }
        for (Element root : roots) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof Element e && removed.containsKey(e)) {
                        add(spans, e, removed.get(e));
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    return FilterResult.CONTINUE;
                }
            }, root);
        }
        spans.sort(Comparator.comparingInt(DroppedSpan::start));
        return spans;
    }

    private static void add(List<DroppedSpan> spans, Element e, String reason) {
        Range start = e.sourceRange();
        if (!start.isTracked() || start.startPos() < 0) {
            return;
        }
        Range end = e.endSourceRange();
        int endPos = end.isTracked() && end.endPos() > start.startPos() ? end.endPos() : start.endPos();
        spans.add(new DroppedSpan(start.startPos(), endPos, reason));
    }
}
