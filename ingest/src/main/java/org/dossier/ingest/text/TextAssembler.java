package org.dossier.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.DroppedSpan;

/**
 * Cuts dropped lines out of the raw text. Kept lines keep their characters and line breaks exactly; runs of blank
 * lines left behind collapse to one, and blank lines at the start and end go.
 */
public final class TextAssembler {

    private TextAssembler() {
    }

    /** The clean text and its dropped spans. */
    public record Assembled(String text, List<DroppedSpan> dropped) {
        public Assembled {
            dropped = List.copyOf(dropped);
        }
    }

    /**
     * Assembles the clean text.
     *
     * @param raw the text the lines were split from
     * @param dropped line index to reason; each dropped line gives one span over its content (line break excluded)
     */
    public static Assembled assemble(String raw, List<Line> lines, Map<Integer, String> dropped) {
        List<DroppedSpan> spans = new ArrayList<>();
        List<Line> kept = new ArrayList<>();
        boolean previousBlank = true;
        for (Line line : lines) {
            String reason = dropped.get(line.index());
            if (reason != null) {
                spans.add(new DroppedSpan(line.start(), line.end(), reason));
                continue;
            }
            boolean blank = line.isBlank();
            if (blank && previousBlank) {
                continue;
            }
            kept.add(line);
            previousBlank = blank;
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
            kept.remove(kept.size() - 1);
        }
        StringBuilder text = new StringBuilder();
        String lastBreak = "";
        for (Line line : kept) {
            text.append(lastBreak).append(line.text());
            lastBreak = line.breakLength() == 0 ? "\n" : raw.substring(line.end(), line.endWithBreak());
        }
        return new Assembled(text.toString(), spans);
    }
}
