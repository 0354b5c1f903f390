package org.dossier.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimexValueTest {

    @ParameterizedTest
    @CsvSource({
        "2025-02-07, 2025-02-07",
        "2025-02-06TAF, 2025-02-06",
        "2025-02-07T16:09+0900, 2025-02-07",
        "2024-11, 2024-11",
        "2017, 2017",
    })
    void readsCalendarDatesAtTheirPrecision(String timex, String iso) {
        assertThat(TimexValue.parse(timex).iso()).isEqualTo(iso);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"PRESENT_REF", "****01", "XXXX-02-07", "P3D", "2025-W06", "2025-02-30", "2025-13", ""})
    void rejectsWhatIsNotACalendarDate(String timex) {
        assertThat(TimexValue.parse(timex)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        // value, reference, tense, expected
        "2025-11, 2025-02-07, PAST, 2024-11",
        "2025-11, 2025-02-07, FUTURE, 2025-11",
        "2025-01, 2025-02-07, PAST, 2025-01",
        "2024-07, 2025-02-07, FUTURE, 2025-07",
        "2025-02-08, 2025-02-07, OTHER, 2025-02-08",
    })
    void movesYearlessDatesToTheSideOfTheReferenceTheTenseImplies(String value, String reference, String tense, String expected) {
        TimexValue shifted = TimeExpressionExtractor.shiftByTense(TimexValue.parse(value), LocalDate.parse(reference),
                TimeExpressionExtractor.Tense.valueOf(tense));
        assertThat(shifted.iso()).isEqualTo(expected);
    }
}
