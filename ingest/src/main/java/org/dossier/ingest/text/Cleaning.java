package org.dossier.ingest.text;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The verdict on every line of one article, and the metadata read from the lines. Fields are null when not stated.
 *
 * @param dropped line index to the reason it was dropped; lines not in the map are kept
 * @param titleLine index of the title line (kept in the text), or -1
 */
public record Cleaning(SortedMap<Integer, String> dropped, int titleLine, String title, String published,
                       String author, String outlet) {

    public Cleaning {
        dropped = Collections.unmodifiableSortedMap(new TreeMap<>(dropped));
    }
}
