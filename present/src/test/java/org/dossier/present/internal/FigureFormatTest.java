package org.dossier.present.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureFormatTest {

    @ParameterizedTest(name = "{0}..{1} {2} -> {3}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
        "5.9e10; 5.9e10; USD; $59 billion",
        "1e12; 1e12; USD; $1 trillion",
        "1.25e9; 1.25e9; JPY; \u00a51.25 billion",
        "2.5e6; 2.5e6; EUR; \u20ac2.5 million",
        "20; 60; percent; 20\u201360 percent",
        "1e9; 2e9; USD; $1\u20132 billion",
        "5e8; 2e9; USD; $500 million\u2013$2 billion",
        "1500; 1500; jobs; 1,500 jobs",
        "3e9; 3e9; CNY; 3 billion CNY",
        "0.5; 0.5; percent; 0.5 percent",
        "7; 7; null; 7",
    })
    void formatsForPeople(double low, double high, String unit, String expected) {
        assertThat(FigureFormat.format(low, high, unit)).isEqualTo(expected);
    }
}
