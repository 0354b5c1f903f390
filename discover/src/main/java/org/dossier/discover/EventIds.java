package org.dossier.discover;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/** Event ids that are also safe folder names: {@code e-} and the founding (lowest) source id. */
public final class EventIds {

    private EventIds() {
    }

    /**
     * The id of a new event whose lowest source id is {@code sourceId}: that id when it is a safe file name (letters,
     * digits, {@code _ . -}, at most 60 characters), else its safe part and a short hash; never one of {@code taken}.
     */
    public static String newId(String sourceId, Set<String> taken) {
        String safe = sourceId.replaceAll("[^A-Za-z0-9_.-]", "");
        String base = "e-" + (safe.equals(sourceId) && safe.length() <= 60 ? safe
                : safe.substring(0, Math.min(40, safe.length())) + "-" + hash(sourceId));
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
