package org.dossier.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A {@link Progress} that keeps the warnings it is given, in order. */
final class RecordingProgress implements Progress {

    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void step(String stage, int done, int total) {
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }
}
