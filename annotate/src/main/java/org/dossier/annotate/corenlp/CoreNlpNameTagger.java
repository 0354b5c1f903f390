package org.dossier.annotate.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.annotate.NameTagger;

/**
 * One of CoreNLP's name models (a CRF) over given tokens and sentences, called directly: no pipeline, so no tokenizer,
 * part-of-speech tagger (these models do not read tags) or numeric and time classifiers. By default the CoNLL 4-class
 * model, faster and, on CoNLL-2003, more accurate than the default three-model combination; the other two models of
 * the models jar give second opinions ({@link #threeClass}, {@link #mucSevenClass}: their PERSON, LOCATION and
 * ORGANIZATION as PER, LOC, ORG, anything else as O). The model is loaded on the first call. Thread-safe: calls are
 * serialized, since a CRF may note the lower-case words it sees.
 */
public final class CoreNlpNameTagger implements NameTagger {

    private static final String MODELS = "edu/stanford/nlp/models/ner/";

    private final String model;
    private CRFClassifier<CoreLabel> crf;

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
        this.model = MODELS + model;
    }

    @Override
    public synchronized List<List<String>> tag(List<List<String>> sentences) {
        if (crf == null) {
            try {
                crf = CRFClassifier.getClassifier(model);
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException("cannot load CoreNLP's name model " + model + ": " + e.getMessage(), e);
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (List<String> sentence : sentences) {
            List<CoreLabel> tokens = new ArrayList<>(sentence.size());
            for (String word : sentence) {
                CoreLabel token = new CoreLabel();
                token.setWord(word);
                token.setValue(word);
                token.setOriginalText(word);
                tokens.add(token);
            }
            List<String> classes = new ArrayList<>(sentence.size());
            for (CoreLabel token : sentence.isEmpty() ? tokens : crf.classifySentence(tokens)) {
                classes.add(conllClass(token.get(CoreAnnotations.AnswerAnnotation.class)));
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
