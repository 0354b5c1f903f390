package org.dossier.present.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads this module's text resources (schema, view script and style) from the classpath as UTF-8. */
public final class Resources {

    private Resources() {
    }

    /** The text of the classpath resource at {@code path} (absolute, such as {@code /org/dossier/present/dossier-view.js}). */
    public static String text(String path) {
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource not on classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }
}
