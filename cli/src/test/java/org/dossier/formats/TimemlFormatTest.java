package org.dossier.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimemlFormatTest {

    private static final String FILE = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>x</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
            <TEXT>
            AT&amp;T said on <TIMEX3 tid="t9" type="DATE" value="X">Friday</TIMEX3> it would <EVENT eid="e1">grow</EVENT> next year.
            </TEXT>
            </TimeML>
            """;

    private final TimemlFormat format = new TimemlFormat();

    @Test
    void readsTheCreationDateAndThePlainTextWithEntitiesDecodedAndTagsRemoved() {
        TimemlFormat.Document d = format.read(FILE);
        assertThat(d.creationDate()).isEqualTo("2013-03-22");
        assertThat(d.text()).isEqualTo("\nAT&T said on Friday it would grow next year.\n");
    }

    @Test
    void writesNewTimexTagsAroundPlainOffsetsAndKeepsOtherTags() {
        String text = format.read(FILE).text();
        int friday = text.indexOf("Friday");
        int nextYear = text.indexOf("next year");
        String out = format.write(FILE, List.of(
                new TimemlFormat.Timex(friday, friday + 6, "DATE", "2013-03-22"),
                new TimemlFormat.Timex(nextYear, nextYear + 9, "DATE", "2014")));
        assertThat(out).contains("AT&amp;T said on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-22\">Friday</TIMEX3> it would "
                + "<EVENT eid=\"e1\">grow</EVENT> <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2014\">next year</TIMEX3>.");
        assertThat(out).contains("<DCT><TIMEX3 tid=\"t0\"").doesNotContain("value=\"X\"");
        assertThat(new TimemlFormat().read(out).text()).isEqualTo(text);
    }

    @Test
    void aSpanEndingOnAnEntityClosesAfterTheWholeEntity() {
        String file = "<DCT><TIMEX3 tid=\"t0\" value=\"2020-01-01\"/></DCT><TEXT>R&amp;D</TEXT>";
        String out = format.write(file, List.of(new TimemlFormat.Timex(0, 3, "DATE", "2020")));
        assertThat(out).contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020\">R&amp;D</TIMEX3>");
    }
}
