package org.dossier.ingest.html;

import java.util.List;
import org.dossier.model.DroppedSpan;

/**
 * The main text of a page.
 *
 * @param blocks headings, paragraphs, list items and quotes in reading order, whitespace collapsed
 * @param dropped removed regions as character offsets into the decoded HTML string (see {@link MainTextExtractor})
 */
public record MainText(List<String> blocks, List<DroppedSpan> dropped) {

    public MainText {
        blocks = List.copyOf(blocks);
        dropped = List.copyOf(dropped);
    }

    /** The blocks joined by newlines. */
    public String text() {
        return String.join("\n", blocks);
    }

    /** Non-whitespace characters in all blocks. */
    public int length() {
        return blocks.stream().mapToInt(NodeStats::nonSpace).sum();
    }
}
