package org.dossier.annotate.corenlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.Options;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * SUTime run only on sentences with a {@link TemporalCues temporal cue}. SUTime tries each of its hundreds of token
 * patterns at every token of every sentence, about half of CoreNLP's NER time, yet finds nothing in a sentence without
 * a cue, some four sentences in ten of news text. Everything else in CoreNLP's NER (the name models, the rules for
 * numbers, money, percents and ordinals, normalization) still runs on every sentence, so the annotations are the same:
 * {@code CuedTimeExpressionsIT} compares them with CoreNLP's own on whole corpora.
 *
 * <p>CoreNLP builds its SUTime extractor inside its NER annotator with no way to pass another, so {@link #install}
 * replaces it through three private fields of CoreNLP 4.5.10 ({@code NERCombinerAnnotator.ner},
 * {@code NERClassifierCombiner.nsc}, {@code NumberSequenceClassifier.timexExtractor}); a CoreNLP without them fails
 * at construction with a message saying so. Stateless and thread-safe, like the extractor it wraps.
 */
final class CuedTimeExpressions implements TimeExpressionExtractor {

    private final TimeExpressionExtractor sutime;

    private CuedTimeExpressions(TimeExpressionExtractor sutime) {
        this.sutime = sutime;
    }

    /** Makes the NER annotator run SUTime only on sentences with a cue. */
    static void install(NERCombinerAnnotator ner) {
        try {
            Object numbers = numberClassifier(ner);
            Field extractor = field(NumberSequenceClassifier.class, "timexExtractor");
            Object sutime = extractor.get(numbers);
            if (sutime instanceof TimeExpressionExtractor inner && !(sutime instanceof CuedTimeExpressions)) {
                extractor.set(numbers, new CuedTimeExpressions(inner));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot gate SUTime in this CoreNLP version (built for 4.5.10): " + e, e);
        }
    }

    /** Whether the annotator's SUTime is gated by cues. */
    static boolean isInstalled(NERCombinerAnnotator ner) {
        try {
            return field(NumberSequenceClassifier.class, "timexExtractor").get(numberClassifier(ner))
                    instanceof CuedTimeExpressions;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The NER annotator's number classifier, which holds its SUTime extractor. */
    private static NumberSequenceClassifier numberClassifier(NERCombinerAnnotator ner) throws ReflectiveOperationException {
        Object combiner = field(NERCombinerAnnotator.class, "ner").get(ner);
        Object numbers = field(NERClassifierCombiner.class, "nsc").get(combiner);
        if (!(numbers instanceof NumberSequenceClassifier classifier)) {
            throw new IllegalStateException("CoreNLP's NER has no number classifier to gate");
        }
        return classifier;
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    static boolean hasCue(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens == null) {
            return true;
        }
        List<String> words = new ArrayList<>(tokens.size());
        List<String> tags = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            if (t.word() == null) {
                return true;
            }
            words.add(t.word());
            tags.add(t.tag());
        }
        for (int i = 0; i < words.size(); i++) {
            if (TemporalCues.isCueAt(words, tags, i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void init(String name, Properties props) {
        sutime.init(name, props);
    }

    @Override
    public void init(Options options) {
        sutime.init(options);
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, CoreMap document) {
        return hasCue(sentence) ? sutime.extractTimeExpressionCoreMaps(sentence, document) : new ArrayList<>();
    }

    @Override
    public List<CoreMap> extractTimeExpressionCoreMaps(CoreMap sentence, String docDate) {
        return hasCue(sentence) ? sutime.extractTimeExpressionCoreMaps(sentence, docDate) : new ArrayList<>();
    }

    @Override
    public void finalize(CoreMap document) {
        sutime.finalize(document);
    }
}
