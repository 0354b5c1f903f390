package org.dossier.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * A response body prepared once and sent many times: its bytes, the same gzip-compressed (null when too small to gain),
 * and a strong entity tag from its content. {@link #send} answers {@code If-None-Match} with 304 and
 * {@code Accept-Encoding: gzip} with the compressed bytes, as browsers ask. Immutable; do not modify the arrays.
 *
 * @param plain the body
 * @param gzip the body compressed with gzip, or null
 * @param etag the entity tag of the plain body, quoted; the compressed one is the same with {@code -gz} before the last quote
 * @param contentType the media type sent with it
 */
record EncodedBody(byte[] plain, byte[] gzip, String etag, String contentType) {

    /** Bodies shorter than one network packet are sent as they are. */
    static final int MIN_GZIP_BYTES = 1500;
    /** Browsers may keep the body but must ask whether it changed (If-None-Match) before each use. */
    static final String CACHE_CONTROL = "private, no-cache";

    /** Compresses {@code plain} (when at least {@link #MIN_GZIP_BYTES}) and hashes it. */
    static EncodedBody of(byte[] plain, String contentType) {
        return new EncodedBody(plain, plain.length >= MIN_GZIP_BYTES ? gzip(plain) : null, etag(plain), contentType);
    }

    /** The entity tag of the compressed body. */
    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    /**
     * Answers {@code ctx}: 304 without a body when its {@code If-None-Match} names this body, else 200 with the
     * compressed bytes when the client accepts gzip, else the plain bytes. Sets ETag, Vary and Cache-Control.
     */
    void send(Context ctx) {
        boolean compressed = gzip != null && acceptsGzip(ctx.header("Accept-Encoding"));
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("ETag", compressed ? gzipEtag() : etag);
        if (matches(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(contentType);
        if (compressed) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(gzip);
        } else {
            ctx.result(plain);
        }
    }

    /** Whether an {@code If-None-Match} value names this body in either encoding (weak comparison, as RFC 9110 asks). */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag) || t.equals(gzipEtag())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an {@code Accept-Encoding} value accepts gzip: listed without {@code q=0}, or not listed and {@code *}
     * listed without {@code q=0}.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean gzip = null;
        Boolean any = null;
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] fields = part.split(";");
            String coding = fields[0].strip();
            boolean accepted = true;
            for (int i = 1; i < fields.length; i++) {
                accepted &= !fields[i].replace(" ", "").matches("q=0(\\.0{0,3})?");
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = gzip == null ? accepted : gzip || accepted;
            } else if (coding.equals("*")) {
                any = accepted;
            }
        }
        return gzip != null ? gzip : any != null && any;
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] plain) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
