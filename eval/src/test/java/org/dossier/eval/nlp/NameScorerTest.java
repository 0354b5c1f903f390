package org.dossier.eval.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.eval.EvalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameScorerTest {

    @Test
    void namesStartAtBOrAtAnIWithAnotherClass() {
        assertThat(NameScorer.chunks(List.of("I-PER", "I-PER", "I-LOC", "O", "B-ORG", "B-ORG", "I-ORG")))
                .containsExactly(new NameScorer.Chunk(0, 2, "PER"), new NameScorer.Chunk(2, 3, "LOC"),
                        new NameScorer.Chunk(4, 5, "ORG"), new NameScorer.Chunk(5, 7, "ORG"));
    }

    @Test
    void aNameCountsOnlyWithTheSameTokensAndClass() {
        List<String> gold = List.of("B-PER", "I-PER", "O", "B-LOC", "O", "B-MISC");
        List<String> predicted = List.of("B-PER", "O", "O", "B-ORG", "O", "B-MISC");
        NameScorer.Result r = NameScorer.score(gold, predicted);
        assertThat(r.all()).isEqualTo(new Prf(1, 3, 3));
        assertThat(r.untyped()).isEqualTo(new Prf(2, 3, 3));
        assertThat(r.withoutMisc()).isEqualTo(new Prf(0, 2, 2));
        assertThat(r.perClass().get("MISC")).isEqualTo(new Prf(1, 1, 1));
    }

    @Test
    void filesAreReadByTheirLastColumnSkippingDocumentStarts(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("gold"), "-DOCSTART- O\n\nAnn NNP B-PER\nsang VBD O\n\nParis NNP B-LOC\n");
        Files.writeString(dir.resolve("pred"), "-DOCSTART- O\n\nAnn B-PER\nsang O\n\nParis B-PER\n");
        NameScorer.Result r = NameScorer.scoreFiles(dir.resolve("gold"), dir.resolve("pred"));
        assertThat(r.all()).isEqualTo(new Prf(1, 2, 2));
        assertThat(r.tokens()).isEqualTo(3);
    }

    @Test
    void filesWithOtherTokensAreRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("gold"), "Ann B-PER\nsang O\n");
        Files.writeString(dir.resolve("pred"), "Ann B-PER\nsings O\n");
        assertThatThrownBy(() -> NameScorer.scoreFiles(dir.resolve("gold"), dir.resolve("pred")))
                .isInstanceOf(EvalException.class).hasMessageEndingWith("token 2 is 'sings', the gold file has 'sang'");
    }
}
