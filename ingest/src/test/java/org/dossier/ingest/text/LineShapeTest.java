package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineShapeTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "Ishiba is scheduled to return to Japan on Saturday.                       => true",
        "“I’ll be seeing Trump in person, and I will work with him,” Ishiba said.’ => true",
        "Ishiba had three goals for this important visit, he said to reporters:    => true",
        "Ishiba is scheduled to return.                                            => false",
        "Ishiba, Headed to White House, Aims to Convince Trump of Need for Strong Alliance => false",
        "Dreaming of a career in the Asia-Pacific?                                 => false",
    })
    void recognisesParagraphs(String line, boolean paragraph) {
        assertThat(LineShape.isParagraph(line)).isEqualTo(paragraph);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "Prime Minister Ishiba’s Visit to Washington                               => true",
        "Can Japan’s Ishiba Build a Good Personal Relationship With Trump?\u00A0   => true",
        "London bombing: Police search houses in Leeds                             => true",
        "“Golden age” ahead for Japan and the U.S.                                 => false",
        "Ishiba is scheduled to return to Japan on Saturday.                       => false",
        "On February 6, Japanese Prime Minister Shigeru Ishiba became the second world leader to meet with President Donald Trump in his second term. Ishiba had three goals for this important visit: => false",
        "- Affirm the United States–Japan alliance                                  => false",
        "lowercase start of a line                                                  => false",
        "Security                                                                   => false",
    })
    void recognisesTitleShapes(String line, boolean title) {
        assertThat(LineShape.isTitleShaped(line)).isEqualTo(title);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "Can Japan’s Ishiba Build a Good Personal Relationship With Trump?          => true",
        "How Much Personal Trust Can Ishiba Build With Trump?                       => true",
        "Prime Minister Shigeru Ishiba, right, and Foreign Minister Takeshi Iwaya board a government plane at Haneda Airport on Thursday afternoon. => false",
        "Here are three points we should watch at their first summit.              => false",
    })
    void recognisesHeadlineCapitalisation(String line, boolean headline) {
        assertThat(LineShape.isHeadlineCased(line)).isEqualTo(headline);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "-            => true",
        "•            => true",
        "- Affirm the alliance => false",
    })
    void recognisesLoneListMarkers(String line, boolean marker) {
        assertThat(LineShape.isBulletMarker(line)).isEqualTo(marker);
    }

    @Test
    void cleanStripsNonBreakingSpaces() {
        assertThat(LineShape.clean("\u00A0 Title\u00A0\u200B ")).isEqualTo("Title");
    }

    @Test
    void countsWordsWithApostrophesAndDots() {
        assertThat(LineShape.words("Japan’s U.S.-Japan talks, 2025")).isEqualTo(4);
    }
}
