package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorshipParserTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "By Jane Doe                          => Jane Doe",
        "Written by Jane Doe                  => Jane Doe",
        "By JANE DOE                          => Jane Doe",
        "By MARI YAMAGUCHI and ZEKE MILLER    => Mari Yamaguchi and Zeke Miller",
        "By Jane O’NEIL-SMITH                 => Jane O’Neil-Smith",
        "By Jane Doe and John Smith           => Jane Doe and John Smith",
        "By Jane Doe, Staff Writer            => Jane Doe",
        "By Jane Doe | Reuters                => Jane Doe",
        "By Charles de Gaulle                 => Charles de Gaulle",
    })
    void readsBylines(String line, String author) {
        assertThat(AuthorshipParser.byline(line)).contains(author);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "By the end of the week, the talks had stalled.",
        "By Reuters",
        "Bylines are rare here",
        "by jane doe",
        "Stand By Me",
    })
    void rejectsNonBylines(String line) {
        assertThat(AuthorshipParser.byline(line)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "Nicholas Szechenyi is vice president of the geopolitics and foreign policy department and senior fellow with the Japan Chair at the Center for Strategic and International Studies in Washington, D.C. => Nicholas Szechenyi => Center for Strategic and International Studies",
        "Jane Doe is a senior fellow at the Brookings Institution. => Jane Doe => Brookings Institution",
        "Jane Doe is the Tokyo correspondent for The Diplomat. => Jane Doe => The Diplomat",
        "Kenji Sato is a professor of political science at Keio University. => Kenji Sato => Keio University",
    })
    void readsBios(String line, String author, String outlet) {
        assertThat(AuthorshipParser.bio(line)).contains(new Bio(author, outlet));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Prime Minister Ishiba is expected to assuage such concerns with plans for new investments.",
        "Israeli Prime Minister Benjamin Netanyahu is the first foreign leader to visit the White House.",
        "Japan is already the top foreign investor in the United States.",
        "Ishiba is scheduled to return to Japan on Saturday.",
        "Jane Doe is a senior fellow at the Brookings Institution",
    })
    void rejectsSentencesThatAreNotBios(String line) {
        assertThat(AuthorshipParser.bio(line)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "Try The Diplomat's jobs board.          => The Diplomat",
        "Subscribe to The Japan Times            => The Japan Times",
        "Support The Guardian’s journalism       => The Guardian",
    })
    void readsSiteNamesInPromos(String line, String site) {
        assertThat(AuthorshipParser.promoSite(line)).contains(site);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Subscribe to our newsletter", "Find your Asia-Pacific job", "Subscribe now"})
    void findsNoSiteWhereNoneIsNamed(String line) {
        assertThat(AuthorshipParser.promoSite(line)).isEmpty();
    }
}
