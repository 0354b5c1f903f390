package org.dossier.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.ingest.IngestException;
import org.dossier.ingest.PlainTextReader;
import org.dossier.ingest.RawInput;
import org.dossier.ingest.SharedData;
import org.dossier.model.Source;
import org.junit.jupiter.api.Test;

/**
 * The threshold on dev data: the MultiLing 2011 dev articles (ten different articles per event) hold no near-duplicate,
 * and each of them, given again as a repost with a headline, a byline and a footer of its own and one sentence in ten
 * rewritten, is found.
 */
class NearDuplicatesOnDevDataTest {

    @Test
    void noDistinctArticleIsMarkedAndEveryRepostIsFound() throws IOException, IngestException {
        Path folder = SharedData.require("data/multiling2011-dev/source_texts");
        List<Source> originals = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".english")).sorted().toList()) {
                originals.add(new PlainTextReader().read(new RawInput(f.getFileName().toString(), null, Files.readAllBytes(f))));
            }
        }
        List<Source> all = new ArrayList<>(originals);
        for (Source s : originals) {
            all.add(NearDuplicateFinderTest.source("repost-" + s.id(), repost(s.text()), null));
        }

        List<Source> marked = new NearDuplicateFinder().mark(all);

        List<Source> markedOriginals = marked.subList(0, originals.size()).stream().filter(s -> s.duplicateOf() != null).toList();
        long found = marked.subList(originals.size(), marked.size()).stream()
                .filter(s -> s.duplicateOf() != null && s.duplicateOf().equals(s.id().substring("repost-".length()))).count();
        double maxDistinct = 0;
        double minRepost = 1;
        List<ShingleSketch> sketches = all.stream().map(s -> ShingleSketch.of(s.text(), 5, 128)).toList();
        for (int i = 0; i < originals.size(); i++) {
            for (int j = i + 1; j < originals.size(); j++) {
                maxDistinct = Math.max(maxDistinct, sketches.get(i).jaccard(sketches.get(j)));
            }
            minRepost = Math.min(minRepost, sketches.get(i).jaccard(sketches.get(originals.size() + i)));
        }
        System.out.printf("near-duplicates on MultiLing dev: %d of %d articles marked, %d of %d reposts found; "
                + "highest Jaccard of two articles %.3f, lowest of an article and its repost %.3f%n",
                markedOriginals.size(), originals.size(), found, originals.size(), maxDistinct, minRepost);
        assertThat(markedOriginals).isEmpty();
        assertThat(found).isEqualTo(originals.size());
    }

    /** The article with its own headline, byline and footer, and every tenth sentence rewritten. */
    private static String repost(String text) {
        String[] sentences = text.split("(?<=[.!?])\\s+");
        StringBuilder out = new StringBuilder("Reposted: world news in brief\nBy Wire Staff\n");
        for (int i = 0; i < sentences.length; i++) {
            out.append(i % 10 == 5 ? "This sentence was rewritten by the editor of the repost." : sentences[i]).append(' ');
        }
        return out.append("\nShare this story. Copyright the wire service.").toString();
    }
}
