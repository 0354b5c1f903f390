package org.dossier.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiterString = "=>", value = {
        "Ishiba is scheduled to return to Japan on Saturday after the talks with the president. => en",
        "Le Premier ministre est arrivé à Washington pour une visite de deux jours avec le président. => fr",
        "Der Ministerpräsident ist nach Washington gereist, um mit dem Präsidenten über die Zölle zu sprechen. => de",
        "El primer ministro llegó a Washington para una visita de dos días con el presidente de los Estados Unidos. => es",
    })
    void namesTheLanguage(String text, String language) {
        assertThat(LanguageGuesser.guess(text)).isEqualTo(language);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "石破首相はワシントンに到着した。トランプ大統領と会談する予定だ。 => ",
        "Xq zzv plorb quanx vrem tiskel",
        "Hi",
    })
    void returnsNullWhenNoLanguageStandsOut(String text) {
        assertThat(LanguageGuesser.guess(text)).isNull();
    }
}
