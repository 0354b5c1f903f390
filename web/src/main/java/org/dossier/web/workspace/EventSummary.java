package org.dossier.web.workspace;

import java.util.List;

/**
 * One event of a workspace as the event list shows it.
 *
 * @param id the folder name
 * @param title the dossier's event title, else the title given at creation, else the id
 * @param articles the article file names, sorted
 * @param built whether a dossier.json exists
 * @param sources how many sources the dossier holds (0 when not built)
 */
public record EventSummary(String id, String title, List<String> articles, boolean built, int sources) {

    public EventSummary {
        articles = List.copyOf(articles);
    }
}
