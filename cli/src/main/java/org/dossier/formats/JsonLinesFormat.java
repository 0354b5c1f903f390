package org.dossier.formats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Evidence;
import org.dossier.model.fact.DocumentFacts;
import org.dossier.model.fact.Mention;
import org.dossier.model.fact.Quote;
import org.dossier.model.fact.TimeExpression;

/**
 * One JSON object per line for each item of one document: quotes
 * ({@code {"type":"quote","doc","start","end","text","speakerText","speakerStart","speakerEnd","speakerName",
 * "speakerNameStart","speakerNameEnd","cue"}}: the speaker is the mention at the cue, a pronoun or title included; the
 * name is the mention of the name it was resolved to, null for an unnamed source), mentions
 * ({@code {"type":"mention","doc","start","end","text","entityType","role"}}) and time expressions
 * ({@code {"type":"time","doc","start","end","text","value"}}). Offsets index the input text as given.
 */
public final class JsonLinesFormat {

    private final ObjectMapper json = new ObjectMapper();

    public List<String> lines(DocumentFacts facts) {
        List<String> out = new ArrayList<>();
        for (Quote q : facts.quotes()) {
            ObjectNode o = base("quote", q.evidence());
            Evidence s = q.speaker();
            o.put("speakerText", s == null ? null : s.text());
            putOffset(o, "speakerStart", s == null ? null : s.start());
            putOffset(o, "speakerEnd", s == null ? null : s.end());
            Evidence n = q.speakerName();
            o.put("speakerName", n == null ? null : n.text());
            putOffset(o, "speakerNameStart", n == null ? null : n.start());
            putOffset(o, "speakerNameEnd", n == null ? null : n.end());
            o.put("cue", q.cue());
            out.add(o.toString());
        }
        for (Mention m : facts.mentions()) {
            ObjectNode o = base("mention", m.name());
            o.put("entityType", m.type());
            o.put("role", m.role());
            out.add(o.toString());
        }
        for (TimeExpression t : facts.times()) {
            ObjectNode o = base("time", t.evidence());
            o.put("value", t.date());
            o.put("certainty", t.certainty().json());
            out.add(o.toString());
        }
        return out;
    }

    private ObjectNode base(String type, Evidence e) {
        ObjectNode o = json.createObjectNode();
        o.put("type", type);
        o.put("doc", e.source());
        o.put("start", e.start());
        o.put("end", e.end());
        o.put("text", e.text());
        return o;
    }

    private static void putOffset(ObjectNode o, String name, Integer value) {
        if (value == null) {
            o.putNull(name);
        } else {
            o.put(name, value.intValue());
        }
    }
}
