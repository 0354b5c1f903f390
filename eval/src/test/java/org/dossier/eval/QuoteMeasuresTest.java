package org.dossier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.eval.TestDossier.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class QuoteMeasuresTest {
    private static final String TEXT = "\u201CI will work with him to build trust,\u201D Ishiba said. "
            + "A banner read \u201CPolitics POPULAR ARTICLE\u201D. \u201CWe are ready to talk now,\u201D an official said.";
    private static final JsonNode GOLD = json("""
            {"quotes": [{"doc": "d1", "snippet": "I will work with him to build trust", "speaker": "Shigeru Ishiba"},
                        {"doc": "d1", "snippet": "We are ready to talk now", "speaker": ["Donald Trump", null]}],
             "not_quotes": [{"doc": "d1", "snippet": "\\"Politics POPULAR ARTICLE\\""}]}
            """);

    private static TestDossier dossier() {
        return new TestDossier().source("d1", TEXT).entity("e1", "Shigeru Ishiba", "Ishiba");
    }

    @Test
    void quoteIsFoundWhenEvidenceOverlapsHalfTheSnippet() {
        JsonNode dossier = dossier().quote("q1", "d1", "I will work with him to", "e1").build();

        Measure found = GoldScorer.score(GOLD, dossier).get("quotes_found").orElseThrow();

        assertThat(found.numerator()).isEqualTo(1);
        assertThat(found.denominator()).isEqualTo(2);
        assertThat(found.misses()).containsExactly("not found: d1 \"We are ready to talk now\"");
    }

    @Test
    void quoteOverlappingLessThanHalfIsNotFound() {
        JsonNode dossier = dossier().quote("q1", "d1", "build trust,\u201D Ishiba said", "e1").build();

        assertThat(GoldScorer.score(GOLD, dossier).value("quotes_found")).isZero();
    }

    @Test
    void speakerIsRightByEntityAliasOrByNullWhenTheGoldAllowsNull() {
        JsonNode dossier = dossier()
                .quote("q1", "d1", "I will work with him to build trust", "e1")
                .quote("q2", "d1", "We are ready to talk now", null).build();

        assertThat(GoldScorer.score(GOLD, dossier).value("quote_speakers")).isEqualTo(1.0);
    }

    @Test
    void speakerIsWrongForAnotherEntityOrAMissingSpeaker() {
        JsonNode dossier = dossier().entity("e2", "Yoshimasa Hayashi")
                .quote("q1", "d1", "I will work with him to build trust", "e2")
                .quote("q2", "d1", "We are ready to talk now", "e1").build();

        Measure speakers = GoldScorer.score(GOLD, dossier).get("quote_speakers").orElseThrow();

        assertThat(speakers.numerator()).isZero();
        assertThat(speakers.misses()).containsExactly(
                "d1 \"I will work with him to build trust\": expected \"Shigeru Ishiba\", got e2 [Yoshimasa Hayashi]",
                "d1 \"We are ready to talk now\": expected [\"Donald Trump\",null], got e1 [Shigeru Ishiba, Ishiba]");
    }

    @Test
    void precisionCountsDossierQuotesOfFiveWordsOrMore() {
        JsonNode dossier = dossier()
                .quote("q1", "d1", "I will work with him to build trust", "e1")
                .quote("q2", "d1", "Politics POPULAR ARTICLE", null)
                .quote("q3", "d1", "A banner read \u201CPolitics POPULAR", null).build();

        Measure precision = GoldScorer.score(GOLD, dossier).get("quotes_precision").orElseThrow();

        assertThat(precision.numerator()).isEqualTo(1);
        assertThat(precision.denominator()).isEqualTo(2);
        assertThat(precision.misses()).containsExactly("not a gold quote: q3 d1 \"A banner read \u201CPolitics POPULAR\"");
    }

    @Test
    void notQuoteReportedAsAQuoteIsAMiss() {
        JsonNode dossier = dossier().quote("q1", "d1", "Politics POPULAR ARTICLE", null).build();

        Measure notQuotes = GoldScorer.score(GOLD, dossier).get("not_quotes").orElseThrow();

        assertThat(notQuotes.value()).isZero();
        assertThat(notQuotes.misses()).containsExactly("reported as a quote: d1 \"\"Politics POPULAR ARTICLE\"\"");
    }

    @Test
    void notQuoteIsPassedWhenNotReportedOrDroppedFromTheText() {
        JsonNode kept = dossier().quote("q1", "d1", "I will work with him to build trust", "e1").build();
        JsonNode dropped = new TestDossier().source("d1", "Ishiba said nothing.").build();

        assertThat(GoldScorer.score(GOLD, kept).value("not_quotes")).isEqualTo(1.0);
        assertThat(GoldScorer.score(GOLD, dropped).value("not_quotes")).isEqualTo(1.0);
    }
}
