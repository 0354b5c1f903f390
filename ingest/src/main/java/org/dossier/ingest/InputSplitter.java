package org.dossier.ingest;

import java.util.List;

/**
 * Splits a container input (a feed, a JSON Lines file) into the articles it holds, each a {@link RawInput} with its
 * own id and what the container stated about it. A bad entry is left out with a warning; it never sinks the rest.
 */
public interface InputSplitter {

    /** Splits one container; never throws for bad content. */
    Split split(RawInput container);

    /**
     * The articles of a container and the entries left out.
     *
     * @param articles the articles, in container order, ids unique within the container
     */
    record Split(List<RawInput> articles, List<Problem> problems) {

        public Split {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    /**
     * One entry left out or read in part.
     *
     * @param at where in the container, appended to its name ({@code :12} for a line, {@code  item 3} for a feed item)
     * @param message why, in one line
     */
    record Problem(String at, String message) {
    }
}
