package org.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.Source;
import org.junit.jupiter.api.Test;

/** The MultiLing 2011 English sources state their date on the third line; nearly all must be read. */
class MultilingDatelineTest {

    @Test
    void datesAndTitlesNearlyAllSources() throws IOException, IngestException {
        Path folder = SharedData.require("data/multiling2011-dev/source_texts");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".english")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int dated = 0;
        int titled = 0;
        PlainTextReader reader = new PlainTextReader();
        for (Path file : files) {
            Source source = reader.read(new RawInput(file.getFileName().toString(), null, Files.readAllBytes(file)));
            if (source.published() != null && source.published().matches("\\d{4}-\\d{2}-\\d{2}")) {
                dated++;
            }
            if (source.title() != null) {
                titled++;
            }
            assertThat(source.dropped()).allSatisfy(span ->
                    assertThat(span.reason()).isIn("dateline", "photo-credit", "image-label"));
        }
        assertThat(dated).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * files.size()));
        assertThat(titled).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * files.size()));
    }
}
