package org.dossier.discover.io;

import java.util.List;
import org.dossier.discover.DiscoveredEvent;

/**
 * {@code index.html} of a discovery output: one self-contained page (inline style, no script, no external resource)
 * listing the events, largest first, with title, date span, size and top entities, each linking to its dossier.
 */
public final class EventIndexPage {

    public static final String FILE_NAME = "index.html";

    private EventIndexPage() {
    }

    /** @param withDossiers whether events of two or more articles have a dossier folder to link to */
    public static String render(List<DiscoveredEvent> events, boolean withDossiers) {
        List<DiscoveredEvent> order = events.stream()
                .sorted(java.util.Comparator.comparingInt(DiscoveredEvent::size).reversed().thenComparing(DiscoveredEvent::id))
                .toList();
        int articles = events.stream().mapToInt(DiscoveredEvent::size).sum();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Events</title>\n<style>\n")
                .append("body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#222}\n")
                .append("table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}\n")
                .append("th{background:#f4f4f4}td.n{text-align:right}.muted{color:#777}a{color:#0645ad}\n")
                .append("</style></head><body>\n<h1>Events</h1>\n<p class=\"muted\">")
                .append(events.size()).append(" events in ").append(articles).append(" articles.</p>\n")
                .append("<table>\n<thead><tr><th>Event</th><th>Dates</th><th>Articles</th><th>Top entities</th></tr></thead>\n<tbody>\n");
        for (DiscoveredEvent e : order) {
            String title = e.title() != null ? e.title() : e.sources().get(0);
            h.append("<tr><td>");
            if (withDossiers && e.size() >= 2) {
                h.append("<a href=\"").append(escape(e.id())).append("/index.html\">").append(escape(title)).append("</a>");
            } else {
                h.append(escape(title));
            }
            h.append("<br><span class=\"muted\">").append(escape(e.id())).append("</span></td><td>")
                    .append(escape(span(e))).append("</td><td class=\"n\">").append(e.size()).append("</td><td>")
                    .append(escape(String.join(", ", e.entities()))).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</body></html>\n");
        return h.toString();
    }

    private static String span(DiscoveredEvent e) {
        if (e.start() == null) {
            return "";
        }
        return e.start().equals(e.end()) || e.end() == null ? e.start() : e.start() + " – " + e.end();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
