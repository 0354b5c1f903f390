package org.dossier.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
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
        StringBuilder text = new StringBuilder();
        for (List<String> s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                text.append(s.get(i).replace(' ', '_'));
            }
            text.append('\n');
        }
        Annotation doc = new Annotation(text.toString());
        pipeline().annotate(doc);
        List<CoreMap> cased = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<String>> out = new ArrayList<>();
        int t = 0;
        for (List<String> s : sentences) {
            List<CoreLabel> tokens = !s.isEmpty() && t < cased.size()
                    ? cased.get(t++).get(CoreAnnotations.TokensAnnotation.class) : List.of();
            List<String> words = new ArrayList<>(s.size());
            for (int i = 0; i < s.size(); i++) {
                String c = i < tokens.size() ? tokens.get(i).get(CoreAnnotations.TrueCaseTextAnnotation.class) : null;
                words.add(c == null || !c.equalsIgnoreCase(s.get(i)) ? s.get(i) : c);
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
