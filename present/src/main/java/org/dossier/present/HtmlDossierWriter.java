package org.dossier.present;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import org.dossier.model.dossier.Dossier;
import org.dossier.present.internal.DossierTree;
import org.dossier.present.internal.HtmlText;
import org.dossier.present.internal.Resources;

/**
 * Writes {@code index.html}: one self-contained page (inline style and script, no network) that shows the dossier and, on a
 * click on any item, the source text with the item's evidence span highlighted. The dossier JSON is embedded as data and
 * rendered by {@code dossier-view.js} through DOM text nodes only, so article text never becomes markup; a Content Security
 * Policy allows only this page's own script and style (by hash) and no connections. Thread-safe.
 */
public final class HtmlDossierWriter implements DossierWriter {

    /** The file name of the written page. */
    public static final String FILE_NAME = "index.html";
    /** The view script, reusable by a web app: {@code DossierView.render(container, dossier)}. */
    public static final String SCRIPT_RESOURCE = "/org/dossier/present/dossier-view.js";
    /** The view style sheet. */
    public static final String STYLE_RESOURCE = "/org/dossier/present/dossier-view.css";

    private final String script;
    private final String style;
    private final String policy;
    private final ObjectWriter json = new ObjectMapper().writer();

    public HtmlDossierWriter() {
        this.script = Resources.text(SCRIPT_RESOURCE);
        this.style = Resources.text(STYLE_RESOURCE);
        this.policy = "default-src 'none'; script-src " + HtmlText.cspHash(script) + "; style-src " + HtmlText.cspHash(style)
                + "; img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'";
    }

    @Override
    public String render(Dossier dossier) {
        String title = dossier.event() == null || dossier.event().title() == null || dossier.event().title().isBlank()
                ? "Dossier" : dossier.event().title();
        return "<!DOCTYPE html>\n"
                + "<html lang=\"en\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlText.escape(policy) + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<title>" + HtmlText.escape(title) + "</title>\n"
                + "<style>" + style + "</style>\n"
                + "</head>\n<body>\n"
                + "<div id=\"app\"><h1>" + HtmlText.escape(title) + "</h1>"
                + "<noscript><p>This page shows the dossier with JavaScript. Without it, read dossier.md or dossier.json.</p></noscript>"
                + "</div>\n"
                + "<script type=\"application/json\" id=\"dossier-data\">" + HtmlText.scriptJson(toJson(dossier)) + "</script>\n"
                + "<script>" + script + "</script>\n"
                + "</body>\n</html>\n";
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    private String toJson(Dossier dossier) {
        try {
            return json.writeValueAsString(DossierTree.of(dossier));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
