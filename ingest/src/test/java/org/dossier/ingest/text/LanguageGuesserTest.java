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
        "石破首相はワシントンに到着した。トランプ大統領と会談する予定だ。 => ja",
        "石破首相今天抵达华盛顿，将与特朗普总统举行会谈。 => zh",
        "이시바 총리는 워싱턴에 도착해 트럼프 대통령과 회담할 예정이다. => ko",
        "Премьер-министр Японии прибыл в Вашингтон для переговоров с президентом. => ru",
        "Прем'єр-міністр Японії прибув до Вашингтона, щоб зустрітися з президентом. => uk",
        "Ο πρωθυπουργός της Ιαπωνίας έφτασε στην Ουάσιγκτον για συνομιλίες με τον πρόεδρο. => el",
        "وصل رئيس الوزراء الياباني إلى واشنطن لإجراء محادثات مع الرئيس. => ar",
        "O primeiro-ministro do Japão chegou a Washington para uma visita de dois dias com o presidente. => pt",
        "Japans premiärminister kom till Washington för att träffa presidenten och tala om handel. => sv",
        "Ishiba said the NATO summit in Brüssel and the G7 meeting in Québec were “important” for Japan. => en",
    })
    void namesTheLanguage(String text, String language) {
        assertThat(LanguageGuesser.guess(text)).isEqualTo(language);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", value = {
        "Xq zzv plorb quanx vrem tiskel",
        "Hi",
    })
    void returnsNullWhenNoLanguageStandsOut(String text) {
        assertThat(LanguageGuesser.guess(text)).isNull();
    }
}
