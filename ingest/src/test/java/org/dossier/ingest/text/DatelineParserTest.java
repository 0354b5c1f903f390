package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineParserTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
        "16:09 JST, February 7, 2025                => 2025-02-07T16:09+09:00",
        "February 7, 2025                           => 2025-02-07",
        "Feb. 7, 2025                               => 2025-02-07",
        "Feb 7 2025                                 => 2025-02-07",
        "7 February 2025                            => 2025-02-07",
        "7th February, 2025                         => 2025-02-07",
        "2025-02-07                                 => 2025-02-07",
        "2025/02/07                                 => 2025-02-07",
        "Tuesday, July 12, 2005                     => 2005-07-12",
        "'Thursday, January 12, 2006  '             => 2006-01-12",
        "Fri, 7 Feb 2025 09:30 GMT                  => 2025-02-07T09:30+00:00",
        "Published: February 7, 2025                => 2025-02-07",
        "Published February 7, 2025 4:09 p.m. ET    => 2025-02-07T16:09-05:00",
        "Updated 4:09 p.m. EDT, Fri June 6, 2025    => 2025-06-06T16:09-04:00",
        "June 6, 2025 at 4:09 PM ET                 => 2025-06-06T16:09-04:00",
        "February 7, 2025 11:05 am EST              => 2025-02-07T11:05-05:00",
        "Feb. 7, 2025, 12:00 a.m. PST               => 2025-02-07T00:00-08:00",
        "August 1, 2025 9:15 PDT                    => 2025-08-01T09:15-07:00",
        "Posted on 7 February 2025, 18:30 BST       => 2025-02-07T18:30+01:00",
        "07 Feb 2025 14:00 CET                      => 2025-02-07T14:00+01:00",
        "07 Jul 2025 14:00 CEST                     => 2025-07-07T14:00+02:00",
        "February 7, 2025 10:00 IST                 => 2025-02-07T10:00+05:30",
        "February 7, 2025 10:00 KST                 => 2025-02-07T10:00+09:00",
        "February 7, 2025 10:00 UTC                 => 2025-02-07T10:00+00:00",
        "February 7, 2025 10:00 GMT+9               => 2025-02-07T10:00+09:00",
        "2025-02-07T16:09:30+09:00                  => 2025-02-07T16:09:30+09:00",
        "2025-02-07T07:09Z                          => 2025-02-07T07:09+00:00",
        "February 7, 2025 16:09                     => 2025-02-07",
        "Last updated: Feb 8, 2025                  => 2025-02-08",
        "February 2025                              => 2025-02",
        "February 7, 2025 | 16:09 JST               => 2025-02-07T16:09+09:00",
    })
    void readsDatelines(String line, String iso) {
        assertThat(DatelineParser.parse(line)).get().extracting(Dateline::iso).isEqualTo(iso);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Abe first met officially with Trump on Feb. 10, 2017.",
        "On February 6, Japanese Prime Minister Shigeru Ishiba became the second world leader",
        "The summit was held February 7, 2025 in Washington",
        "February 30, 2025",
        "February 7",
        "16:09 JST",
        "Tokyo Report",
        "",
        "   ",
        "2025",
        "Q1: Why the rush to engage President Trump?",
        "13:61 JST, February 7, 2025",
        "February 7, 3025",
    })
    void rejectsLinesThatAreNotJustADate(String line) {
        assertThat(DatelineParser.parse(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0} updated={1}")
    @CsvSource(delimiterString = "=>", value = {
        "Updated February 8, 2025          => true",
        "Last updated: February 8, 2025    => true",
        "Published February 7, 2025        => false",
        "February 7, 2025                  => false",
    })
    void marksUpdates(String line, boolean updated) {
        assertThat(DatelineParser.parse(line)).get().extracting(Dateline::updated).isEqualTo(updated);
    }
}
