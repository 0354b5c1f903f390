package org.dossier.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dossier.annotate.TrueCaser;

/**
 * CoreNLP's caseless true-casing model over given tokens: each word as it would most likely be written in running text.
 * The model (about 100 MB) is loaded on the first call. Thread-safe.
 */
public final class CoreNlpTrueCaser implements TrueCaser {

    private volatile StanfordCoreNLP pipeline;

    /** One list of words per sentence; a token the model would change beyond its case is returned unchanged. */
    @Override
    public List<List<String>> trueCase(List<List<String>> sentences) {
        List<List<CoreLabel>> cased = GivenTokens.annotate(pipeline(), sentences);
        List<List<String>> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<String> given = sentences.get(s);
            List<CoreLabel> tokens = cased.get(s);
            List<String> words = new ArrayList<>(given.size());
            for (int i = 0; i < given.size(); i++) {
                String c = i < tokens.size() ? tokens.get(i).get(CoreAnnotations.TrueCaseTextAnnotation.class) : null;
                words.add(c == null || !c.equalsIgnoreCase(given.get(i)) ? given.get(i) : c);
            }
            out.add(words);
        }
        return out;
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    Properties props = new Properties();
                    props.setProperty("annotators", "tokenize,ssplit,truecase");
                    props.setProperty("tokenize.whitespace", "true");
                    props.setProperty("ssplit.eolonly", "true");
                    props.setProperty("truecase.model", "edu/stanford/nlp/models/truecase/truecasing.fast.caseless.qn.ser.gz");
                    pipeline = p = new StanfordCoreNLP(props);
                }
            }
        }
        return p;
    }
}
