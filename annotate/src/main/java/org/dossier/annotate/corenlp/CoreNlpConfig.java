package org.dossier.annotate.corenlp;

import java.util.Objects;
import java.util.Properties;

/**
 * How the CoreNLP pipeline is built.
 *
 * @param nerModels which CRF name models run (each costs about as much as the others together with POS tagging)
 * @param fineClasses where TITLE, COUNTRY, NATIONALITY, RELIGION and IDEOLOGY labels come from (the roles and
 *     descriptions the extractors read)
 * @param maxSentenceTokens sentences longer than this are not POS-tagged (protects against run-on text)
 */
public record CoreNlpConfig(NerModels nerModels, FineClasses fineClasses, int maxSentenceTokens) {

    /** The CRF name models. */
    public enum NerModels {
        /** CoreNLP's default three (all.3class, conll.4class, muc.7class), combined. */
        DEFAULT_THREE,
        /** The CoNLL 4-class model alone: PERSON, ORGANIZATION, LOCATION, MISC; numbers and dates still from SUTime. */
        CONLL_4CLASS,
        /**
         * The two name models of the default three (all.3class, then conll.4class for MISC) without muc.7class, whose
         * names the 3-class model overrides and whose dates, times, money and percents SUTime and the numeric
         * classifiers give anyway.
         */
        NAME_MODELS
    }

    /** Where the fine classes come from. */
    public enum FineClasses {
        /** None: names keep their coarse class. */
        NONE,
        /** CoreNLP's fine-grained step (regular-expression matching of its gazetteers: more than doubles NER's cost). */
        CORENLP,
        /** The same gazetteers looked up by token sequence ({@link FineClassGazetteer}), for the classes we read. */
        GAZETTEER
    }

    /**
     * The configuration builds use: CoreNLP's three name models with fine classes from the gazetteers, as accurate on the
     * example as CoreNLP's fine-grained step and about twice as fast (docs/PERFORMANCE.md). The CoNLL model alone is
     * faster still but tags title-case headlines as names; the two name models without muc.7class ({@link
     * NerModels#NAME_MODELS}) save about a sixth of the annotation time but lose a little elsewhere (MEANTIME dev: one
     * time expression of 298; ECB+ dev event discovery: B-cubed F1 0.948 to 0.945), so they are not the default.
     */
    public static final CoreNlpConfig DEFAULT = new CoreNlpConfig(NerModels.DEFAULT_THREE, FineClasses.GAZETTEER, 200);

    /** CoreNLP's own default NER (three models, fine-grained step): the baseline the benchmarks compare with. */
    public static final CoreNlpConfig CORENLP_DEFAULT = new CoreNlpConfig(NerModels.DEFAULT_THREE, FineClasses.CORENLP, 200);

    public CoreNlpConfig {
        Objects.requireNonNull(nerModels, "nerModels");
        Objects.requireNonNull(fineClasses, "fineClasses");
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 10, was " + maxSentenceTokens);
        }
    }

    /** CoreNLP's three models, with or without its fine-grained step. */
    public CoreNlpConfig(boolean fineGrainedNer, int maxSentenceTokens) {
        this(NerModels.DEFAULT_THREE, fineGrainedNer ? FineClasses.CORENLP : FineClasses.NONE, maxSentenceTokens);
    }

    /** A short name of this configuration, part of the annotation cache key. */
    public String fingerprint() {
        if (nerModels == NerModels.DEFAULT_THREE && fineClasses != FineClasses.GAZETTEER) {
            // the names of the first version, so existing caches stay valid
            return "corenlp-4.5.10;tokenize,ssplit,pos,lemma,ner;fine=" + (fineClasses == FineClasses.CORENLP) + ";max="
                    + maxSentenceTokens + ";v1";
        }
        return "corenlp-4.5.10;tokenize,ssplit,pos,lemma,ner;models=" + nerModels + ";fine=" + fineClasses + ";max="
                + maxSentenceTokens + ";v2";
    }

    Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", Boolean.toString(fineClasses == FineClasses.CORENLP));
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("pos.maxlen", Integer.toString(maxSentenceTokens));
        if (nerModels == NerModels.CONLL_4CLASS) {
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        } else if (nerModels == NerModels.NAME_MODELS) {
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                    + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        }
        return p;
    }
}
