package org.dossier.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Unpacks gzip-compressed input, recognised by its magic bytes; other input passes through unchanged. */
public final class GzipUnpacker {

    /**
     * Unpacked bytes and what went wrong while unpacking.
     *
     * @param warning why the unpacked bytes may be incomplete (truncated stream, size limit), or null
     */
    public record Unpacked(byte[] bytes, boolean wasCompressed, String warning) {
    }

    private GzipUnpacker() {
    }

    /** Whether the bytes start with the gzip magic number. */
    public static boolean isGzip(byte[] bytes) {
        return bytes != null && bytes.length >= 2 && bytes[0] == 0x1F && bytes[1] == (byte) 0x8B;
    }

    /**
     * Unpacks gzip input up to {@code maxBytes}; a truncated or corrupt stream keeps what was read and says so.
     *
     * @param maxBytes the most unpacked bytes kept; more gives a warning
     */
    public static Unpacked unpack(byte[] bytes, int maxBytes) {
        if (!isGzip(bytes)) {
            return new Unpacked(bytes, false, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, bytes.length * 4 + 64));
        String warning = null;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                int keep = Math.min(n, maxBytes - out.size());
                out.write(buffer, 0, keep);
                if (keep < n) {
                    warning = "gzip content larger than " + maxBytes + " bytes; the rest was ignored";
                    break;
                }
            }
        } catch (EOFException e) {
            warning = "truncated gzip stream (" + out.size() + " bytes unpacked)";
        } catch (IOException e) {
            warning = "corrupt gzip stream (" + e.getMessage() + "; " + out.size() + " bytes unpacked)";
        }
        return new Unpacked(out.toByteArray(), true, warning);
    }
}
