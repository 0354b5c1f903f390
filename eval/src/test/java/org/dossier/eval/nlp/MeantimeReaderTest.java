package org.dossier.eval.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.eval.EvalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeantimeReaderTest {

    private static final String ARTICLE = """
            <?xml version="1.0" ?><Document doc_id="1" lang="en">
            <token number="0" sentence="0" t_id="1">GM</token>
            <token number="1" sentence="0" t_id="2">cuts</token>
            <token number="2" sentence="1" t_id="3">March</token>
            <token number="3" sentence="1" t_id="4">1</token>
            <token number="4" sentence="1" t_id="5">,</token>
            <token number="5" sentence="1" t_id="6">2009</token>
            <token number="6" sentence="2" t_id="7">The</token>
            <token number="7" sentence="2" t_id="8">US</token>
            <token number="8" sentence="2" t_id="9">automaker</token>
            <token number="9" sentence="2" t_id="10">General</token>
            <token number="10" sentence="2" t_id="11">Motors</token>
            <token number="11" sentence="2" t_id="12">said</token>
            <token number="12" sentence="2" t_id="13">today</token>
            <token number="13" sentence="2" t_id="14">.</token>
            <token number="14" sentence="3" t_id="15">Unannotated</token>
            <Markables>
            <ENTITY_MENTION m_id="20" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="21" syntactic_type="NAM"><token_anchor t_id="7"/><token_anchor t_id="8"/><token_anchor t_id="9"/>
            <token_anchor t_id="10"/><token_anchor t_id="11"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="22" syntactic_type="PRE.NAM"><token_anchor t_id="8"/></ENTITY_MENTION>
            <ENTITY_MENTION m_id="23" syntactic_type="NAM"><token_anchor t_id="10"/><token_anchor t_id="11"/></ENTITY_MENTION>
            <TIMEX3 functionInDocument="CREATION_TIME" m_id="30" type="DATE" value="2009-03-01">
            <token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
            <TIMEX3 functionInDocument="NONE" m_id="31" type="DATE" value="2009-03-01"><token_anchor t_id="13"/></TIMEX3>
            <TIMEX3 functionInDocument="NONE" m_id="32" type="DATE" value="2058"/>
            <ENTITY m_id="40" ent_type="ORG"/>
            <ENTITY m_id="41" ent_type="LOC"/>
            </Markables>
            <Relations>
            <REFERS_TO r_id="1"><source m_id="20"/><source m_id="21"/><source m_id="23"/><target m_id="40"/></REFERS_TO>
            <REFERS_TO r_id="2"><source m_id="22"/><target m_id="41"/></REFERS_TO>
            </Relations>
            </Document>
            """;

    @Test
    void readsTextTimexesAndNamesInConllForm(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("1_GM_cuts.xml");
        Files.writeString(file, ARTICLE);
        MeantimeDocument d = MeantimeReader.read(file);
        assertThat(d.id()).isEqualTo("1_GM_cuts");
        assertThat(d.creationTime()).isEqualTo("2009-03-01");
        assertThat(d.text()).isEqualTo("GM cuts\nThe US automaker General Motors said today.");
        assertThat(d.timexes()).containsExactly(new TimemlFile.Timex(45, 50, "DATE", "2009-03-01"));
        assertThat(d.names()).containsExactly(new MeantimeDocument.Name(0, 0, 1, "ORG"), new MeantimeDocument.Name(1, 1, 2, "LOC"),
                new MeantimeDocument.Name(1, 3, 5, "ORG"));
        assertThat(MeantimeExport.timeml(d, true)).contains("<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2009-03-01\"")
                .contains("<TEXT>GM cuts\nThe US automaker General Motors said <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2009-03-01\">today</TIMEX3>.</TEXT>");
    }

    @Test
    void aFileThatIsNotXmlIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.xml");
        Files.writeString(file, "not xml");
        assertThatThrownBy(() -> MeantimeReader.read(file)).isInstanceOf(EvalException.class)
                .hasMessageContaining("bad.xml: not a MEANTIME XML file");
    }
}
