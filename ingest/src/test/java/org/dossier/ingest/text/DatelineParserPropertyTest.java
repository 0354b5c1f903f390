package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Any line: the dateline parser never throws, and what it returns is a valid ISO date; written dates read back. */
class DatelineParserPropertyTest {

    @Property(tries = 500)
    void anyStringGivesNothingOrAValidIsoDate(@ForAll @StringLength(max = 120) String line) {
        DatelineParser.parse(line).ifPresent(d -> assertValidIso(d.iso()));
    }

    @Property(tries = 500)
    void dateLikeLinesGiveNothingOrAValidIsoDate(@ForAll("dateLike") String line) {
        DatelineParser.parse(line).ifPresent(d -> assertValidIso(d.iso()));
    }

    @Property(tries = 300)
    void aDateWrittenInAnyCommonFormatReadsBack(@ForAll("dates") LocalDate date, @ForAll("formats") String format,
            @ForAll("labels") String label) {
        String line = label + date.format(DateTimeFormatter.ofPattern(format, Locale.ENGLISH));

        Optional<Dateline> parsed = DatelineParser.parse(line);

        assertThat(parsed).as(line).map(Dateline::iso).contains(date.toString());
        assertThat(parsed.get().updated()).as(line).isEqualTo(label.startsWith("Updated"));
    }

    private static void assertValidIso(String iso) {
        if (iso.length() == 7) {
            YearMonth.parse(iso);
        } else if (iso.length() == 10) {
            LocalDate.parse(iso);
        } else {
            OffsetDateTime.parse(iso);
        }
    }

    @Provide
    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 200).map(d -> LocalDate.of(1900, 1, 1).plusDays(d));
    }

    @Provide
    static Arbitrary<String> formats() {
        return Arbitraries.of("MMMM d, uuuu", "MMM d, uuuu", "d MMMM uuuu", "EEEE, MMMM d, uuuu", "EEEE d MMMM uuuu",
                "uuuu-MM-dd", "uuuu/MM/dd", "MMMM d uuuu");
    }

    @Provide
    static Arbitrary<String> labels() {
        return Arbitraries.of("", "Published: ", "Updated: ", "Published on ", "Updated ", "Posted ");
    }

    @Provide
    static Arbitrary<String> dateLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 9999).map(String::valueOf),
                Arbitraries.of("Jan", "February", "May.", "Sept", "Dec", "Mon", "Thursday", ",", " ", "-", "–", ":", ".",
                        "/", "T", "Z", "+09:00", "-0500", "a.m.", "pm", "ET", "JST", "GMT+9", "UTC-12:30", "(", ")",
                        "Published:", "Updated", "on", "at", "local time", "th", "of", "\u00A0", "\u202F"));
        return pieces.list().ofMaxSize(14).map(l -> String.join(" ", l));
    }
}
