package org.dossier.extract.quote;

import java.util.Locale;
import java.util.Set;
import org.dossier.model.nlp.Token;

/** A general list of English reporting verbs (by lemma), the cue words of attributed speech. */
final class ReportingVerbs {

    private static final Set<String> LEMMAS = Set.of("say", "tell", "state", "add", "note", "emphasize", "emphasise", "stress",
            "announce", "report", "write", "describe", "call", "warn", "argue", "insist", "explain", "declare", "ask", "reply",
            "respond", "answer", "claim", "comment", "remark", "recall", "acknowledge", "admit", "confirm", "deny", "predict",
            "promise", "pledge", "vow", "urge", "suggest", "observe", "conclude", "tweet", "post", "quip", "joke", "complain",
            "criticize", "criticise", "praise", "mention", "assert", "contend", "maintain", "testify", "whisper", "shout",
            "exclaim", "caution", "concede", "cite", "quote", "proclaim", "affirm", "reiterate", "repeat", "recount",
            "boast", "lament", "muse", "tout", "thank", "accuse", "demand", "blast", "dismiss", "underline", "characterize",
            "characterise", "elaborate", "reaffirm", "speak", "inform", "rule");

    /** Verbs that report speech only right after a quote ({@code ," he continued}). */
    private static final Set<String> AFTER_QUOTE = Set.of("continue", "go");

    private ReportingVerbs() {
    }

    /** A reporting verb, or one that reports speech when it follows the quote and its speaker ({@code ," he continued}). */
    static boolean isAfterQuote(Token t) {
        if (isReportingVerb(t)) {
            return true;
        }
        String lemma = t.lemma() == null ? t.text() : t.lemma();
        return t.pos() != null && t.pos().startsWith("VB") && AFTER_QUOTE.contains(lemma.toLowerCase(Locale.ROOT));
    }

    static boolean isReportingVerb(Token t) {
        if (t.pos() == null || !t.pos().startsWith("VB")) {
            return false;
        }
        String lemma = t.lemma() == null ? t.text() : t.lemma();
        return LEMMAS.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
