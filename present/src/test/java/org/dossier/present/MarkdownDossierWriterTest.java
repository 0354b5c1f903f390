package org.dossier.present;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownDossierWriterTest {

    private final MarkdownDossierWriter writer = new MarkdownDossierWriter();
    private final String md = writer.render(SampleDossiers.full());

    @Test
    void savesAsDossierMd() {
        assertThat(writer.fileName()).isEqualTo("dossier.md");
    }

    @Test
    void titlesTheReportWithTheEventEscaped() {
        assertThat(md).startsWith("# Ishiba\u2013Trump summit \\<Washington\\>\n\n**When:** 2025-02-07  \n"
                + "**Participants:** Shigeru Ishiba, Donald Trump  \n");
    }

    @Test
    void titlesAnUntitledEventDossier() {
        assertThat(writer.render(SampleDossiers.empty())).startsWith("# Dossier\n");
    }

    @Test
    void listsSourcesMarkingInferredDatesAndEscapingPipes() {
        assertThat(md).contains("| 1 | `000_a84836fc9bfae287` | [Ishiba and Trump meet \\| White House](<https://example.org/news/ishiba-trump>)"
                + " | Example News | Jane Doe | 2025-02-07T18:00:00+09:00 | after |\n");
        assertThat(md).contains("| 2 | `001_5f1e0c` |   | Wire |   | 2025-02-08 (inferred) | unknown |\n");
        assertThat(md).contains("- [2] no byline found\n");
    }

    @Test
    void countsMentionsAndResolvedOnes() {
        assertThat(md).contains("| Shigeru Ishiba | PERSON | Prime Minister of Japan | 3 (1 resolved) | Shigeru Ishiba, Ishiba, He |");
    }

    @Test
    void groupsQuotesBySpeakerWithSpeakerTextAndCue() {
        assertThat(md).contains("### Shigeru Ishiba\n\n> \u201cWe will pursue a new golden age,\u201d \u2014 Ishiba, *told reporters* [1]\n");
        assertThat(md).contains("### Unattributed\n\n> \u201chistoric\u201d [2]\n");
    }

    @Test
    void formatsFiguresForPeople() {
        assertThat(md).contains("| \\$59 billion | investment by Japanese companies | Japan | 2024 | \u201c\\$59 billion\u201d | [2] |");
        assertThat(md).contains("| 20\u201360 percent | tariffs |");
        assertThat(md).contains("| 1,500 jobs |");
    }

    @Test
    void listsTimelineWithCertaintyAndSources() {
        assertThat(md).contains("| 2025-02-08 | The summit is expected to end | expected | [2] |");
    }

    @Test
    void splitsClaimsByKind() {
        assertThat(md).contains("### Expectations (before the event)\n\n- He said tariffs of 20 to 60 percent would hurt both sides. [1] "
                + "*(topic: trade; actors: Shigeru Ishiba)*\n");
        assertThat(md).contains("### Outcomes (after the event)\n\n- Japan pledged");
    }

    @Test
    void showsScorecardWithClaimTexts() {
        assertThat(md).contains("| He said tariffs of 20 to 60 percent would hurt both sides. [1] | \u2013 | **unknown** |");
    }

    @Test
    void citesAgreementsAndContradictions() {
        assertThat(md).contains("- **When the summit ended** (date): \u201cFebruary 7, 2025\u201d [1]; \u201cFebruary 8, 2025\u201d [2]\n");
        assertThat(md).contains("- **Trump and Ishiba met**: \u201cmet President Donald Trump\u201d [1];");
    }

    @Test
    void tabulatesCoverageTopicsBySource() {
        assertThat(md).contains("| Topic | [1] | [2] |\n| --- | --- | --- |\n| trade | 1 | \u00b7 |\n| investment | 1 | 1 |\n");
        assertThat(md).contains("- [2]: figure \\$59 billion; figure 1,500 jobs\n");
    }

    @Test
    void tabulatesCodedEvents() {
        assertThat(md).contains("| 2025-02-07 | Shigeru Ishiba | `CONSULT` visit | Donald Trump | reported | \u201cmet President Donald Trump\u201d [1] |");
    }

    @Test
    void keepsArticleMarkupLiteral() {
        assertThat(md).contains("A reader posted \\<script\\>alert(1)\\</script\\> and \\<img src=x onerror=alert(2)\\> \\| \\*not\\* \\[a link\\](http://x).");
        assertThat(md).doesNotContainPattern("(?<!\\\\)<(script|img)");
    }

    @Test
    void saysNoneFoundForEveryEmptySection() {
        String empty = writer.render(SampleDossiers.empty());
        assertThat(empty.split("None found\\.", -1)).hasSize(13);
        assertThat(empty).contains("## Quotes\n\nNone found.\n\n## Figures\n");
    }
}
