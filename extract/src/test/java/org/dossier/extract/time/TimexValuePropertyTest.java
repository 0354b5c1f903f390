package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** TIMEX3 values: any string parses to null or a real date at its precision, and dates read back unchanged. */
class TimexValuePropertyTest {

    @Property(tries = 500)
    void anyStringIsNullOrAValidDate(@ForAll @StringLength(max = 30) String value) {
        check(TimexValue.parse(value));
    }

    @Property(tries = 500)
    void timexShapedStringsAreNullOrAValidDate(@ForAll("timexLike") String value) {
        check(TimexValue.parse(value));
    }

    @Property(tries = 300)
    void everyCalendarDayReadsBackAtEachPrecision(@ForAll @IntRange(min = 0, max = 365 * 300) int days) {
        LocalDate date = LocalDate.of(1800, 1, 1).plusDays(days);

        assertThat(TimexValue.parse(date.toString())).isEqualTo(new TimexValue(date.getYear(), date.getMonthValue(),
                date.getDayOfMonth()));
        assertThat(TimexValue.parse(date.toString().substring(0, 7))).isEqualTo(new TimexValue(date.getYear(),
                date.getMonthValue(), 0));
        assertThat(TimexValue.parse(date + "T10:00")).extracting(TimexValue::first).isEqualTo(date);
        assertThat(TimexValue.parse(date.toString()).iso()).isEqualTo(date.toString());
    }

    private static void check(TimexValue v) {
        if (v == null) {
            return;
        }
        assertThat(v.first()).isBeforeOrEqualTo(v.last());
        assertThat(TimexValue.parse(v.iso())).isEqualTo(v);
        v.plusYears(1);
    }

    @Provide
    static Arbitrary<String> timexLike() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4);
        return Arbitraries.oneOf(digits, Arbitraries.of("-", "T", "XX", "W", "PRESENT_REF", "P1D", ":", " ", "00", "29",
                "02", "13", "31", "9999", "0000")).list().ofMaxSize(8).map(l -> String.join("", l));
    }
}
