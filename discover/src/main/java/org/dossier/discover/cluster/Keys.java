package org.dossier.discover.cluster;

import java.util.LinkedHashSet;
import java.util.Set;
import org.dossier.discover.DocumentFeatures;

/** Namespaced feature keys, so terms, entities and dates share one statistics table without clashing. */
final class Keys {

    private Keys() {
    }

    static String term(String stem) {
        return "t\u0000" + stem;
    }

    static String entity(String key) {
        return "e\u0000" + key;
    }

    /** The day, month and year keys of the dates a document gives (a day also gives its month and year). */
    static Set<String> dateKeys(DocumentFeatures f) {
        Set<String> out = new LinkedHashSet<>();
        for (String d : f.dates().keySet()) {
            out.addAll(expand(d));
        }
        return out;
    }

    static Set<String> expand(String isoDate) {
        Set<String> out = new LinkedHashSet<>();
        out.add("y\u0000" + isoDate.substring(0, 4));
        if (isoDate.length() >= 7) {
            out.add("m\u0000" + isoDate.substring(0, 7));
        }
        if (isoDate.length() >= 10) {
            out.add("d\u0000" + isoDate.substring(0, 10));
        }
        return out;
    }
}
