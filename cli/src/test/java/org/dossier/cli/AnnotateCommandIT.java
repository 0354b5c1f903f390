package org.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotateCommandIT {

    @TempDir
    static Path tmp;

    @Test
    void conllOutputKeepsEveryLineAndAppendsAnIob2Tag() throws IOException {
        Path in = tmp.resolve("in.conll");
        Files.writeString(in, "-DOCSTART- -X- -X- O\n\nShigeru NNP B-NP B-PER\nIshiba NNP I-NP I-PER\nvisited VBD B-VP O\n"
                + "Washington NNP B-NP B-LOC\n. . O O\n\n");
        CliRun run = CliRun.execute("annotate", "--format", "conll", in.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("-DOCSTART- -X- -X- O O\n\nShigeru NNP B-NP B-PER B-PER\nIshiba NNP I-NP I-PER I-PER\n"
                + "visited VBD B-VP O O\nWashington NNP B-NP B-LOC B-LOC\n. . O O O\n\n");
    }

    @Test
    void aHeadlineInCapitalsIsTaggedAsItsWordsAreWrittenInTheArticleAndKeepsItsTokens() throws IOException {
        Path in = tmp.resolve("caps.conll");
        Files.writeString(in, "-DOCSTART- -X- -X- O\n\nSOCCER\n-\nJAPAN\nGET\nLUCKY\nWIN\n,\nCHINA\nIN\nSURPRISE\nDEFEAT\n.\n\n"
                + "Japan\nbegan\nwith\na\nlucky\nwin\n,\nwhile\nChina\nsuffered\na\nsurprise\ndefeat\n.\n\n");
        CliRun run = CliRun.execute("annotate", "--format", "conll", in.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("-DOCSTART- -X- -X- O O\n\nSOCCER O\n- O\nJAPAN B-LOC\nGET O\nLUCKY O\nWIN O\n, O\n"
                + "CHINA B-LOC\nIN O\nSURPRISE O\nDEFEAT O\n. O\n\nJapan B-LOC\nbegan O\nwith O\na O\nlucky O\nwin O\n, O\n"
                + "while O\nChina B-LOC\nsuffered O\na O\nsurprise O\ndefeat O\n. O\n\n");
    }

    @Test
    void aNameTheTaggerClassesWronglyIsDecidedAgainFromWhatTheSentenceSays() throws IOException {
        // wikinews-conll dev (CC BY 2.5): the 4-class model reads the town as an organization and the county as a person
        Path in = tmp.resolve("reading.conll");
        String headline = "THREE KILLED , THREE OTHERS INJURED IN STABBING ATTACK IN READING , UK";
        String first = "On Saturday evening in Forbury Gardens in Reading , Berkshire , UK shortly before 19:00 local time "
                + "( 1800 UTC ) , a mass stabbing killed three people and injured three others .";
        Files.writeString(in, "-DOCSTART- -X- -X-\n\n" + String.join("\n", headline.split(" ")) + "\n\n"
                + String.join("\n", first.split(" ")) + "\n\n");
        CliRun tagger = CliRun.execute("annotate", "--format", "conll", "--name-tagger", "corenlp", "--name-classes",
                "tagger", in.toString());
        CliRun refined = CliRun.execute("annotate", "--format", "conll", "--name-tagger", "corenlp", in.toString());
        CliRun bge = CliRun.execute("annotate", "--format", "conll", in.toString());
        assertThat(tagger.exitCode()).as(tagger.err()).isZero();
        assertThat(refined.exitCode()).as(refined.err()).isZero();
        assertThat(tagger.out()).contains("Reading B-ORG\n", "Berkshire B-PER\n");
        assertThat(refined.out()).contains("Forbury B-LOC\nGardens I-LOC\n", "Reading B-LOC\n", "Berkshire B-LOC\n");
        assertThat(bge.exitCode()).as(bge.err()).isZero();
        assertThat(bge.out()).contains("Forbury B-LOC\nGardens I-LOC\n", "Reading B-LOC\n", "Berkshire B-LOC\n");
    }

    @Test
    void nameClassesAreDecidedAgainOnlyAfterCoreNlpsTagger() throws IOException {
        Path in = tmp.resolve("x.conll");
        Files.writeString(in, "Tokyo\n");
        CliRun run = CliRun.execute("annotate", "--format", "conll", "--name-classes", "tagger", in.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier annotate: --name-classes needs --name-tagger corenlp");
    }

    @Test
    void nameClassesNeedTheConllFormat() throws IOException {
        Path in = tmp.resolve("x.txt");
        Files.writeString(in, "x");
        CliRun run = CliRun.execute("annotate", "--format", "jsonl", "--name-classes", "tagger", in.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier annotate: --name-classes needs --format conll");
    }

    @Test
    void jsonlGivesQuotesWithSpeakerOffsetsIntoTheInputText() throws IOException {
        Path in = tmp.resolve("q.txt");
        String text = "“We will work together,” Ishiba told reporters in Tokyo on February 6, 2025.\n";
        Files.writeString(in, text);
        CliRun run = CliRun.execute("annotate", "--format", "jsonl", "--cache", tmp.resolve("cache").toString(), in.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("{\"type\":\"quote\",\"doc\":\"q\",\"start\":1,\"end\":22,\"text\":\"We will work together\","
                + "\"speakerText\":\"Ishiba\",\"speakerStart\":25,\"speakerEnd\":31");
        assertThat(run.out()).contains("\"type\":\"time\"").contains("\"value\":\"2025-02-06\"");
    }

    @Test
    void jsonlQuotesFromCorenlpHaveTheSameShapeAndAnAttributedSpeaker() throws IOException {
        Path in = tmp.resolve("c.txt");
        String text = "Shigeru Ishiba arrived in Washington on Thursday.\n“We will work together,” Ishiba told reporters.\n";
        Files.writeString(in, text);
        CliRun run = CliRun.execute("annotate", "--format", "jsonl", "--quotes", "corenlp", "--cache", tmp.resolve("cache").toString(),
                in.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(l -> l.contains("\"type\":\"quote\""))).singleElement().asString()
                .contains("\"text\":\"We will work together\"").contains("\"speakerText\":\"Ishiba\"");
    }

    @Test
    void quotesFromCorenlpNeedTheJsonlFormat() throws IOException {
        Path in = tmp.resolve("x.txt");
        Files.writeString(in, "x");
        CliRun run = CliRun.execute("annotate", "--format", "conll", "--quotes", "corenlp", in.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier annotate: --quotes corenlp needs --format jsonl");
    }

    @Test
    void rawTimexNeedsTheTimemlFormat() throws IOException {
        Path in = tmp.resolve("x.txt");
        Files.writeString(in, "x");
        CliRun run = CliRun.execute("annotate", "--format", "conll", "--raw-timex", in.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier annotate: --raw-timex needs --format timeml");
    }

    @Test
    void aTimexTaggerNeedsTheTimemlFormat() throws IOException {
        Path in = tmp.resolve("x.txt");
        Files.writeString(in, "x");
        CliRun run = CliRun.execute("annotate", "--format", "conll", "--timex", "sutime", in.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dossier annotate: --timex needs --format timeml");
    }

    @Test
    void eachTimexTaggerCanBeChosenForComparison() throws IOException {
        Path in = tmp.resolve("doc.tml");
        Files.writeString(in, "<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\">March 22, 2013</TIMEX3></DCT>\n"
                + "<TEXT>\nThe minister arrived on Monday.\n</TEXT>\n</TimeML>\n");
        for (String tagger : List.of("sutime", "heideltime", "combined")) {
            CliRun run = CliRun.execute("annotate", "--format", "timeml", "--timex", tagger, "--cache",
                    tmp.resolve("cache").toString(), in.toString());
            assertThat(run.exitCode()).as(tagger + ": " + run.err()).isZero();
            assertThat(run.out()).as(tagger).contains("value=\"2013-03-18\">Monday</TIMEX3>");
        }
    }

    @Test
    void timemlTagsTimeExpressionsAndLeavesTheTextUnchanged() throws IOException {
        Path in = tmp.resolve("doc.tml");
        Files.writeString(in, "<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\">March 22, 2013</TIMEX3></DCT>\n"
                + "<TEXT>\nTalks resumed in 2012 and will resume next week.\n</TEXT>\n</TimeML>\n");
        CliRun run = CliRun.execute("annotate", "--format", "timeml", "--cache", tmp.resolve("cache").toString(), in.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2012\">2012</TIMEX3>")
                .contains(">next week</TIMEX3>");
        assertThat(run.out().replaceAll("<[^>]+>", "")).contains("Talks resumed in 2012 and will resume next week.");
    }

    @Test
    void ploverWritesOneEventLinePerRecordWithText() throws IOException {
        Path in = tmp.resolve("records.json");
        Files.writeString(in, "[{\"id\": \"H\", \"event\": \"DOCUMENT\"},"
                + " {\"id\": \"R1\", \"text\": \"Egyptian police arrested 40 opposition activists in Cairo on Monday.\"}]");
        CliRun run = CliRun.execute("annotate", "--format", "plover", "--cache", tmp.resolve("cache").toString(), in.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        assertThat(run.out()).startsWith("{\"id\":\"R1\",\"event\":\"COERCE\"")
                .contains("\"source\":[{\"actorText\":\"Egyptian police\",\"code\":\"EGY\",\"sector\":\"COP\"}]");
    }

    @Test
    void ploverInputThatIsNotAnArrayIsAOneLineUserError() throws IOException {
        Path in = tmp.resolve("bad.json");
        Files.writeString(in, "{\"text\": \"x\"}");
        CliRun run = CliRun.execute("annotate", "--format", "plover", in.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("dossier annotate:").doesNotContain("\n");
    }

    @Test
    void aMissingInputIsAOneLineUserError() {
        CliRun run = CliRun.execute("annotate", "--format", "conll", tmp.resolve("nope.conll").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("dossier annotate:").doesNotContain("\n").doesNotContain("at org.");
    }
}
