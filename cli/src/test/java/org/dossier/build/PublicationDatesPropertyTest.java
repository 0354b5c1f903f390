package org.dossier.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The latest full date of a text: never throws, and among dates written in full it is the latest one. */
class PublicationDatesPropertyTest {

    @Property(tries = 500)
    void anyTextGivesNullOrADate(@ForAll @StringLength(max = 200) String text) {
        PublicationDates.latestFullDate(text);
    }

    @Property(tries = 300)
    void theLatestOfTheWrittenDatesIsFound(@ForAll @Size(min = 1, max = 6) List<@net.jqwik.api.From("dates") LocalDate> dates,
            @ForAll("formats") String format, @ForAll("filler") String filler) {
        StringBuilder text = new StringBuilder(filler);
        for (LocalDate d : dates) {
            text.append(". On ").append(d.format(DateTimeFormatter.ofPattern(format, Locale.ENGLISH))).append(", ").append(filler);
        }

        assertThat(PublicationDates.latestFullDate(text.toString())).as(text.toString())
                .isEqualTo(dates.stream().max(Comparator.naturalOrder()).orElseThrow());
    }

    @Provide
    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 150).map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
    }

    @Provide
    static Arbitrary<String> formats() {
        return Arbitraries.of("MMMM d, uuuu", "MMM d, uuuu", "MMM. d, uuuu", "d MMMM uuuu", "uuuu-MM-dd");
    }

    @Provide
    static Arbitrary<String> filler() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars(' ').ofMaxLength(40);
    }
}
