package org.dossier.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.dossier.present.HtmlDossierWriter;

/**
 * The app's page and scripts, read once from the class path: the HTML shell and app.js of this module, and the dossier
 * view shared with the static index.html ({@code present}'s dossier-view.js and .css).
 */
final class StaticAssets {

    /** A served file: its bytes and content type. */
    record Asset(byte[] bytes, String contentType) {
    }

    private static final String OWN = "/org/dossier/web/static/";

    private final Map<String, Asset> byPath;

    StaticAssets() {
        byPath = Map.of(
                "/", load(OWN + "index.html", "text/html; charset=utf-8"),
                "/assets/app.js", load(OWN + "app.js", "text/javascript; charset=utf-8"),
                "/assets/app.css", load(OWN + "app.css", "text/css; charset=utf-8"),
                "/assets/dossier-view.js", load(HtmlDossierWriter.SCRIPT_RESOURCE, "text/javascript; charset=utf-8"),
                "/assets/dossier-view.css", load(HtmlDossierWriter.STYLE_RESOURCE, "text/css; charset=utf-8"),
                "/api/openapi.json", load(OWN + "openapi.json", "application/json"));
    }

    Map<String, Asset> all() {
        return byPath;
    }

    private static Asset load(String resource, String contentType) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new Asset(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
