package org.dossier.present.internal;

import java.util.List;

/** Null-tolerant access to the dossier's lists: a null list reads as empty, so writers never fail on a sparse dossier. */
public final class Lists {

    private Lists() {
    }

    /** The list, or an empty list when null. */
    public static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : list;
    }
}
