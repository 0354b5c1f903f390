package org.dossier.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

    private static Source source(String id, String published, String text) {
        return new Source(id, null, null, null, null, published, false, "en", Phase.UNKNOWN, text, List.of(), List.of());
    }

    @Test
    void anUndatedSourceGetsTheMedianOfItsCorpusMarkedInferred() {
        List<Source> out = new PublicationDates().inferMissing(List.of(
                source("a", "2025-02-07T16:09+09:00", "x"), source("b", null, "y"), source("c", "2025-02-09", "z")));
        assertThat(out.get(1).published()).isEqualTo("2025-02-07");
        assertThat(out.get(1).publishedInferred()).isTrue();
        assertThat(out.get(0).publishedInferred()).isFalse();
    }

    @Test
    void withNoStatedDateAnywhereTheLatestFullDateInTheTextIsUsed() {
        List<Source> out = new PublicationDates().inferMissing(List.of(
                source("a", null, "Talks began on Jan. 21, 2025 and ended 3 February 2025."), source("b", null, "No dates at all.")));
        assertThat(out.get(0).published()).isEqualTo("2025-02-03");
        assertThat(out.get(0).publishedInferred()).isTrue();
        assertThat(out.get(1).published()).isNull();
    }

    @Test
    void impossibleDatesAreIgnored() {
        assertThat(PublicationDates.latestFullDate("February 30, 2025 and 2025-13-01")).isNull();
        assertThat(PublicationDates.latestFullDate("on May 5, 2024")).isEqualTo(LocalDate.of(2024, 5, 5));
    }
}
