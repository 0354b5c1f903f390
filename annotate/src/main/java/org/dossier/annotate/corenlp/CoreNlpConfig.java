package org.dossier.annotate.corenlp;

import java.util.Properties;

/**
 * How the CoreNLP pipeline is built.
 *
 * @param fineGrainedNer add fine-grained classes (TITLE, COUNTRY, NATIONALITY, ...): about 2.5x slower, needed for roles
 * @param maxSentenceTokens sentences longer than this are not POS-tagged (protects against run-on text)
 */
public record CoreNlpConfig(boolean fineGrainedNer, int maxSentenceTokens) {

    public static final CoreNlpConfig DEFAULT = new CoreNlpConfig(true, 200);

    public CoreNlpConfig {
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 10, was " + maxSentenceTokens);
        }
    }

    /** A short name of this configuration, part of the annotation cache key. */
    public String fingerprint() {
        return "corenlp-4.5.10;tokenize,ssplit,pos,lemma,ner;fine=" + fineGrainedNer + ";max=" + maxSentenceTokens + ";v1";
    }

    Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("pos.maxlen", Integer.toString(maxSentenceTokens));
        return p;
    }
}
