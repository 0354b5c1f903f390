package org.dossier.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable source ids for inputs that have no file name of their own: URLs and the items of feeds and JSON Lines. */
public final class SourceIds {

    /** Hex digits of a URL's id. */
    public static final int URL_ID_HEX = 12;
    /** Hex digits an item adds to its container's id. */
    public static final int ITEM_ID_HEX = 8;

    private SourceIds() {
    }

    /** The id of a fetched URL: a short hash of it, as the dossier contract says. */
    public static String forUrl(String url) {
        return hash(url, URL_ID_HEX);
    }

    /** The id of an item in a container: the container's id, a dash, and a short hash of the item's key. */
    public static String forItem(String containerId, String itemKey) {
        return containerId + "-" + hash(itemKey, ITEM_ID_HEX);
    }

    static String hash(String key, int hexDigits) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
