package org.dossier.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Evidence;
import org.dossier.model.fact.Claim;
import org.dossier.model.fact.ClaimKind;
import org.dossier.model.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimClassifierTest {

    private final ClaimClassifier classifier = new ClaimClassifier();

    private Claim classify(String sentence) {
        return classifier.classify(new Evidence("doc", 0, sentence.length(), sentence), List.of());
    }

    /** Tokens from {@code word/TAG} pairs separated by spaces, with offsets into the joined words. */
    private static Evidence sentenceOf(String tagged, List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (String pair : tagged.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            if (text.length() > 0) {
                text.append(' ');
            }
            tokens.add(new Token(text.length(), text.length() + word.length(), word, pair.substring(slash + 1), word, "O"));
            text.append(word);
        }
        return new Evidence("doc", 0, text.length(), text.toString());
    }

    private Claim classifyTagged(String tagged) {
        List<Token> tokens = new ArrayList<>();
        Evidence sentence = sentenceOf(tagged, tokens);
        return classifier.classify(sentence, tokens);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two leaders are expected to issue a joint statement addressing a range of security and economic issues animating bilateral relations. | EXPECTATION
            The prime minister pledged to expand Japanese purchases of American LNG, ammonia, and bioethanol (which is critical to American farmers who might be targeted by retaliatory Chinese tariffs). | OUTCOME
            Ishiba also addressed the president’s economic priorities by pledging to increase Japanese foreign direct investment (FDI) in the US from $800 billion to $1 trillion. | OUTCOME
            Ishiba will also want a joint statement reaffirming strategic alignment on regional security challenges. | EXPECTATION
            Trump may criticize Japan’s trade surplus with the United States. | EXPECTATION
            The statement was also expected to say that Article 5 of the Security Treaty applies. | EXPECTATION
            Ishiba aims to establish a personal rapport with Trump during the visit. | EXPECTATION
            After the summit, the two leaders are scheduled to hold a joint press conference. | EXPECTATION
            The ministers are set to meet again next month in Tokyo. | EXPECTATION
            The prime minister is to travel to Washington next week for talks. | EXPECTATION
            Tokyo is likely to raise its defense budget again next year. | EXPECTATION
            Colby urged Tokyo to increase its defense spending to 3 percent of GDP. | EXPECTATION
            Lawmakers called for a review of the tariff regime before the summit. | EXPECTATION
            Trump said he would impose tariffs on cars from Japan. | EXPECTATION
            The two leaders also agreed to advance the operationalization of the alliance. | OUTCOME
            In a short visit, Ishiba was able to achieve these three significant targets. | OUTCOME
            In the joint statement, the two leaders recognized Washington’s commitment to protect Japan. | OUTCOME
            The leaders signed an agreement that they will review every year. | OUTCOME
            The prime minister said the talks were frank and useful for both sides. | OUTCOME
            Ishiba visited the White House on Friday with his delegation. | OUTCOME
            It is critical for any Japanese leader to establish close ties with the United States. | STATEMENT
            Japan is the top foreign investor in the United States today. | STATEMENT
            The leaders discuss security alliances and economic ties at length. | STATEMENT
            The strategy is not simply a response to demands for burden sharing. | STATEMENT
            Japanese firms are well established in Southeast Asia and the region. | STATEMENT
            (His defense minister and the Secretary of Defense agreed to expand joint exercises.) | OUTCOME
            """)
    void classifiesTheKindFromCues(String sentence, ClaimKind kind) {
        assertThat(classify(sentence).kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            The prime minister pledged to expand Japanese purchases of American LNG, ammonia, and bioethanol (which is critical to American farmers who might be targeted by retaliatory Chinese tariffs). | energy
            Ishiba also addressed the president’s economic priorities by pledging to increase Japanese foreign direct investment (FDI) in the US from $800 billion to $1 trillion. | investment
            Japan will strengthen its defense capabilities and deepen the alliance with the United States. | security
            Trump announced tariffs of 25 percent against Canada and Mexico and criticized trade deficits. | trade
            The two governments will cooperate on AI and semiconductor supply as technology competition grows. | technology
            The statement criticized Beijing for its coercive actions toward Taiwan in recent months. | china
            Ishiba asked for help in resolving the issue of abductees held by Pyongyang for decades. | north-korea
            Ishiba aims to establish a personal rapport with Trump and build trust between them. | relationship
            The weak yen and slowing growth weigh on the economy and on household budgets. | economy
            The summit was the first bilateral meeting between the two leaders this year. | diplomacy
            The weather in the capital was mild and pleasant all week long. | none
            """)
    void picksTheTopicWithMostKeywords(String sentence, String topic) {
        assertThat(classify(sentence).topic()).isEqualTo(topic);
    }

    @Test
    void breaksTopicTiesInAFixedOrder() {
        assertThat(classify("The talks covered defense and tariffs in some detail yesterday.").topic()).isEqualTo("security");
        assertThat(classify("The talks covered tariffs and defense in some detail yesterday.").topic()).isEqualTo("security");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "Q1: Why the rush to engage President Trump?",
            "What will the two leaders agree on at the summit in Washington?",
            "Prime Minister Ishiba’s Visit to Washington",
            "Remote Visualization",
            "Ishiba met Trump.",
            "A New Chapter in the Japan-U.S. Alliance and Global Partnership",
            "",
            "   ",
            "!!! ??? ... ,,,",
    })
    void findsNoClaimIn(String sentence) {
        assertThat(classify(sentence)).isNull();
    }

    @Test
    void keepsTheSentenceAsEvidence() {
        Evidence sentence = new Evidence("doc", 10, 63, "The two leaders will issue a joint statement on Friday.".substring(0, 53));
        assertThat(classifier.classify(sentence, List.of()).evidence()).isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The/DT leaders/NNS reached/VBD a/DT deal/NN on/IN steel/NN tariffs/NNS ./.                        | OUTCOME
            Japan/NNP has/VBZ increased/VBN its/PRP$ purchases/NNS of/IN American/JJ gas/NN ./.                 | OUTCOME
            The/DT leaders/NNS will/MD discuss/VB steel/NN tariffs/NNS on/IN Friday/NNP ./.                     | EXPECTATION
            Japan/NNP is/VBZ the/DT largest/JJS investor/NN in/IN the/DT United/NNP States/NNPS ./.            | STATEMENT
            The/DT meeting/NN was/VBD friendly/JJ and/CC very/RB productive/JJ overall/RB ./.                  | STATEMENT
            Ishiba/NNP said/VBD the/DT alliance/NN is/VBZ strong/JJ and/CC stable/JJ ./.                       | OUTCOME
            The/DT deal/NN was/VBD expected/VBN to/TO close/VB by/IN June/NNP ./.                               | EXPECTATION
            """)
    void usesPartOfSpeechTagsWhenGiven(String tagged, ClaimKind kind) {
        assertThat(classifyTagged(tagged).kind()).isEqualTo(kind);
    }

    @Test
    void needsAVerbTagWhenTagsAreGiven() {
        assertThat(classifyTagged("A/DT new/JJ chapter/NN for/IN the/DT alliance/NN and/CC partnership/NN")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000\u0001 x y z w v u", "((((((((", "will will will will will will", "$$$ %%% 1 2 3 4 5 6",
            "))))) a b c d e f g ((((("})
    void survivesGarbage(String text) {
        Claim claim = classify(text);
        if (claim != null) {
            assertThat(claim.evidence().text()).isEqualTo(text);
        }
    }
}
