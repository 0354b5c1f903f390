package org.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dossier.model.DroppedSpan;
import org.dossier.model.Evidence;
import org.dossier.model.Phase;
import org.dossier.model.Source;
import org.dossier.model.fact.Certainty;
import org.dossier.model.fact.Claim;
import org.dossier.model.fact.ClaimKind;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.fact.Figure;
import org.dossier.model.fact.Gender;
import org.dossier.model.fact.Mention;
import org.dossier.model.fact.TimeExpression;
import org.junit.jupiter.api.Test;

class FactsJsonTest {

    private final FactsJson json = new FactsJson();

    @Test
    void aSourceComesBackEqual() {
        Source s = new Source("a", "file:/a.txt", "Title", null, "Ann Lee", "2020-01-02", true, "en", Phase.UNKNOWN,
                "Title\nText.", List.of(new DroppedSpan(0, 3, "menu")), List.of("a warning"), "b");

        assertThat(json.readSource(json.write(s))).isEqualTo(s);
    }

    @Test
    void factsComeBackEqualWithExactDoubles() {
        String text = "Lee said 0.1 percent of 3 million on Monday.";
        Evidence lee = Evidence.of("a", text, 0, 3);
        DocumentFacts f = new DocumentFacts("a",
                List.of(new Mention(lee, "PERSON", null, null, Gender.UNKNOWN)), List.of(),
                List.of(new Figure(Evidence.of("a", text, 9, 20), 0.1, 0.1, "%", null, null)),
                List.of(new TimeExpression(Evidence.of("a", text, 37, 43), "2020-01-06", Certainty.REPORTED, null, null)),
                List.of(new Claim(Evidence.of("a", text, 0, 44), ClaimKind.STATEMENT, "economy")), List.of());

        assertThat(json.readFacts(json.write(f))).isEqualTo(f);
    }

    @Test
    void foreignJsonIsRefusedWithTheTypeNamed() {
        assertThatThrownBy(() -> json.readFacts("{\"surprise\":1}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a DocumentFacts in JSON");
    }
}
