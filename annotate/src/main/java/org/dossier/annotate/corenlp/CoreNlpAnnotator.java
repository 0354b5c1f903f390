package org.dossier.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.dossier.annotate.Annotator;
import org.dossier.model.Source;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Span;
import org.dossier.model.nlp.Token;

/** Annotates with Stanford CoreNLP: tokens, sentences, POS, lemmas, named entities and SUTime values. Thread-safe. */
public final class CoreNlpAnnotator implements Annotator {

    private static final Set<String> NAME_CLASSES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private final CoreNlpConfig config;
    private final StanfordCoreNLP pipeline;
    private final NERCombinerAnnotator ner;
    private final FineClassGazetteer gazetteer;

    /**
     * Builds the pipeline and loads its models: seconds, so build one and share it. SUTime runs only on sentences with
     * a temporal cue ({@link CuedTimeExpressions}), which gives the same annotations in less time.
     */
    public CoreNlpAnnotator(CoreNlpConfig config) {
        this(config, true);
    }

    /** The same, or CoreNLP's own pipeline (SUTime on every sentence) when {@code cuedTimeExpressions} is false. */
    CoreNlpAnnotator(CoreNlpConfig config, boolean cuedTimeExpressions) {
        this.config = config;
        Properties properties = config.properties();
        if (cuedTimeExpressions) {
            Properties upToLemmas = new Properties();
            upToLemmas.putAll(properties);
            upToLemmas.setProperty("annotators", "tokenize,ssplit,pos,lemma");
            this.pipeline = new StanfordCoreNLP(upToLemmas);
            try {
                // built here, not by the pipeline, whose annotators are shared through a global cache
                this.ner = new NERCombinerAnnotator(properties);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load CoreNLP's NER models", e);
            }
            CuedTimeExpressions.install(ner);
        } else {
            this.pipeline = new StanfordCoreNLP(properties);
            this.ner = null;
        }
        this.gazetteer = config.fineClasses() == CoreNlpConfig.FineClasses.GAZETTEER ? FineClassGazetteer.load() : null;
    }

    /** Whether SUTime runs only on sentences with a temporal cue. */
    boolean gatesTimeExpressions() {
        return ner != null && CuedTimeExpressions.isInstalled(ner);
    }

    @Override
    public String fingerprint() {
        return config.fingerprint();
    }

    @Override
    public AnnotatedDocument annotate(Source source, String referenceDate) {
        Annotation annotation = new Annotation(source.text());
        if (referenceDate != null && referenceDate.length() >= 10) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.substring(0, 10));
        }
        pipeline.annotate(annotation);
        if (ner != null) {
            ner.annotate(annotation);
        }
        return convert(source, referenceDate, annotation);
    }

    private AnnotatedDocument convert(Source source, String referenceDate, Annotation annotation) {
        String text = source.text();
        List<Token> tokens = new ArrayList<>();
        List<String> coarse = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap s : coreSentences) {
            int sentenceIndex = sentences.size();
            int first = tokens.size();
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<String> ner = labels.stream().map(t -> orO(t.ner())).toList();
            if (gazetteer != null) {
                ner = gazetteer.relabel(labels.stream().map(t -> text.substring(t.beginPosition(), t.endPosition())).toList(), ner);
            }
            for (int k = 0; k < labels.size(); k++) {
                CoreLabel t = labels.get(k);
                int b = t.beginPosition();
                int e = t.endPosition();
                tokens.add(new Token(b, e, text.substring(b, e), t.tag(), t.lemma(), ner.get(k)));
                coarse.add(orO(t.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class)));
            }
            if (tokens.size() == first) {
                continue;
            }
            sentences.add(new Sentence(sentenceIndex, tokens.get(first).start(), tokens.get(tokens.size() - 1).end(), first, tokens.size()));
            addNameSpans(text, tokens, coarse, first, tokens.size(), sentenceIndex, spans);
            List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap m : mentions) {
                    addValueSpan(text, m, sentenceIndex, spans);
                }
            }
        }
        spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return new AnnotatedDocument(source, referenceDate, tokens, sentences, spans);
    }

    /** Names are built from coarse classes, so {@code Taiwan Strait} stays one LOCATION although fine-grained tags split it. */
    private static void addNameSpans(String text, List<Token> tokens, List<String> coarse, int from, int to, int sentence, List<Span> out) {
        int i = from;
        while (i < to) {
            String c = coarse.get(i);
            if (!NAME_CLASSES.contains(c) || isPronoun(tokens.get(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < to && coarse.get(j).equals(c) && !isPronoun(tokens.get(j))) {
                j++;
            }
            int b = tokens.get(i).start();
            int e = tokens.get(j - 1).end();
            out.add(new Span(c, c, b, e, text.substring(b, e), sentence, null));
            i = j;
        }
    }

    private static void addValueSpan(String text, CoreMap m, int sentence, List<Span> out) {
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if (type == null || NAME_CLASSES.contains(type)) {
            return;
        }
        List<CoreLabel> ts = m.get(CoreAnnotations.TokensAnnotation.class);
        if (ts == null || ts.isEmpty()) {
            return;
        }
        if (ts.size() == 1 && ts.get(0).tag() != null && ts.get(0).tag().startsWith("PRP")) {
            return;
        }
        int b = ts.get(0).beginPosition();
        int e = ts.get(ts.size() - 1).endPosition();
        String coarseType = orO(ts.get(0).get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class));
        String normalized = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        out.add(new Span(type, coarseType, b, e, text.substring(b, e), sentence, normalized));
    }

    private static boolean isPronoun(Token t) {
        return t.pos() != null && t.pos().startsWith("PRP");
    }

    private static String orO(String tag) {
        return tag == null ? "O" : tag;
    }
}
