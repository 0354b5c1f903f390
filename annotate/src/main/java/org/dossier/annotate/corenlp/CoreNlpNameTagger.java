package org.dossier.annotate.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dossier.annotate.NameTagger;

/**
 * One of CoreNLP's name models over given tokens: one sentence per line, tokens split on spaces only, no numeric or
 * time classifiers. By default the CoNLL 4-class model, faster and, on CoNLL-2003, more accurate than the default
 * three-model combination; the other two models of the models jar give second opinions ({@link #threeClass},
 * {@link #mucSevenClass}: their PERSON, LOCATION and ORGANIZATION as PER, LOC, ORG, anything else as O).
 */
public final class CoreNlpNameTagger implements NameTagger {

    private static final String MODELS = "edu/stanford/nlp/models/ner/";

    private final StanfordCoreNLP pipeline;

    /** The CoNLL 4-class model ({@code english.conll.4class.distsim}). */
    public CoreNlpNameTagger() {
        this("english.conll.4class.distsim.crf.ser.gz");
    }

    /** The 3-class model trained on CoNLL, MUC-6, MUC-7, ACE and more ({@code english.all.3class.distsim}). */
    public static CoreNlpNameTagger threeClass() {
        return new CoreNlpNameTagger("english.all.3class.distsim.crf.ser.gz");
    }

    /** The MUC-7 model ({@code english.muc.7class.distsim}; its dates, times, money and percentages read as O). */
    public static CoreNlpNameTagger mucSevenClass() {
        return new CoreNlpNameTagger("english.muc.7class.distsim.crf.ser.gz");
    }

    private CoreNlpNameTagger(String model) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.whitespace", "true");
        p.setProperty("ssplit.eolonly", "true");
        p.setProperty("ner.model", MODELS + model);
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        this.pipeline = new StanfordCoreNLP(p);
    }

    @Override
    public List<List<String>> tag(List<List<String>> sentences) {
        List<List<CoreLabel>> tagged = GivenTokens.annotate(pipeline, sentences);
        List<List<String>> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = tagged.get(s);
            List<String> classes = new ArrayList<>(sentences.get(s).size());
            for (int i = 0; i < sentences.get(s).size(); i++) {
                classes.add(conllClass(i < tokens.size() ? tokens.get(i).ner() : "O"));
            }
            out.add(classes);
        }
        return out;
    }

    static String conllClass(String ner) {
        if (ner == null) {
            return "O";
        }
        return switch (ner) {
            case "PERSON", "PER" -> "PER";
            case "LOCATION", "LOC" -> "LOC";
            case "ORGANIZATION", "ORG" -> "ORG";
            case "MISC" -> "MISC";
            default -> "O";
        };
    }
}
