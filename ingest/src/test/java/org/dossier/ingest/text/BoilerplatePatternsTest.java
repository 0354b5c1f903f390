package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplatePatternsTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Try The Diplomat's jobs board.",
        "Find your Asia-Pacific job",
        "”Stay ahead of the curve—subscribe now for expert insights and trending stories –>Click Here",
        "Subscribe to our newsletter",
        "Sign up for our daily briefing newsletter",
        "ADVERTISEMENT",
        "Advertisement",
        "Download the app for the latest updates",
        "Continue reading",
        "Support independent journalism today",
        "Already a subscriber? Log in to read more",
    })
    void recognisesPromos(String line) {
        assertThat(BoilerplatePatterns.isPromo(line)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Ishiba is scheduled to return to Japan on Saturday.",
        "Security",
        "Japan is already the top foreign investor in the United States, and Trump wants jobs.",
        "Trump said he would sign the order after subscribers to the plan were consulted by the agency on Friday in Washington.",
        "Key Issues on the Table",
    })
    void leavesTextThatMentionsPromoWords(String line) {
        assertThat(BoilerplatePatterns.isPromo(line)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "Credit: Official White House photo        => true",
        "Photo: Reuters/Kim Kyung-Hoon            => true",
        "(Photo by Andrew Harnik/Getty Images)    => true",
        "Image: Diego Grez.                       => true",
        "AP Photo/Evan Vucci                      => true",
        "Photographs show the damage in Chillan.  => false",
        "Credit ratings agencies downgraded Japan last year after the election. => false",
    })
    void recognisesPhotoCredits(String line, boolean credit) {
        assertThat(BoilerplatePatterns.isPhotoCredit(line)).isEqualTo(credit);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "Image                  => true",
        "Video                  => true",
        "Remote Visualization   => true",
        "Photo Gallery          => true",
        "Security               => false",
        "Image of Japan abroad  => false",
    })
    void recognisesImageLabels(String line, boolean label) {
        assertThat(BoilerplatePatterns.isImageLabel(line)).isEqualTo(label);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "Recent Features                              => true",
        "Tokyo Report\u00A0|\u00A0Diplomacy\u00A0|\u00A0East Asia => true",
        "Home > World > Asia                          => true",
        "Share                                        => true",
        "Tokyo Report                                 => false",
        "U.S./Japan trade                             => false",
        "A Mission to Build Trust Amid Global Uncertainty => false",
    })
    void recognisesNavigation(String line, boolean navigation) {
        assertThat(BoilerplatePatterns.isNavigation(line)).isEqualTo(navigation);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "\"Politics\" POPULAR ARTICLE   => true",
        "JN ACCESS RANKING             => true",
        "MOST READ                     => true",
        "Related                       => true",
        "Related Articles              => true",
        "Recommended                   => true",
        "Trending Now                  => true",
        "You may also like             => true",
        "Personal Relationship         => false",
        "Conclusion                    => false",
        "Related parties agreed to the deal. => false",
    })
    void recognisesRelatedLinkHeaders(String line, boolean header) {
        assertThat(BoilerplatePatterns.isRelatedHeader(line)).isEqualTo(header);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "© 2025 The Japan Times                          => The Japan Times",
        "Copyright 2025 The Associated Press. All rights reserved. => The Associated Press",
        "(c) 2010-2025 Example News Ltd.                 => Example News",
        "© The Yomiuri Shimbun                           => The Yomiuri Shimbun",
    })
    void readsCopyrightHolders(String line, String holder) {
        assertThat(BoilerplatePatterns.copyrightHolder(line)).isEqualTo(holder);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Copyright law was reformed in 2019 after a long debate in the Diet.", "Security"})
    void ignoresSentencesAboutCopyright(String line) {
        assertThat(BoilerplatePatterns.copyrightHolder(line)).isNull();
    }
}
