package org.dossier.annotate.heideltime;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.components.impl.JCasFactoryImpl;
import de.unihd.dbs.heideltime.standalone.components.impl.UimaContextImpl;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.XMLInputSource;
import org.dossier.annotate.TimeTagger;
import org.dossier.model.nlp.AnnotatedDocument;
import org.dossier.model.nlp.Sentence;
import org.dossier.model.nlp.Span;
import org.dossier.model.nlp.Token;

/**
 * Time expressions by HeidelTime's English rules over our tokens, part-of-speech tags (Penn Treebank, as HeidelTime's
 * English rules and tense reading expect) and sentences. A document with a reference date is read as news (relative
 * expressions count from that date); one without as a narrative (they count from the last date the text named).
 * Thread-safe: HeidelTime's annotator keeps state while it reads a document, so documents are read one at a time.
 * HeidelTime reads its settings from a static of its own ({@code Config}); every instance sets the same ones.
 */
public final class HeidelTimeTagger implements TimeTagger {

    private static final java.util.Set<String> NAME_CLASSES = java.util.Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC",
            "CITY", "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY", "RELIGION", "IDEOLOGY");
    private static final String TYPE_SYSTEM = "desc/type/HeidelTime_TypeSystem.xml";

    private final HeidelTime news;
    private final HeidelTime narrative;
    private final JCasFactoryImpl cases;

    /** Loads HeidelTime's English resources (about a second). */
    public HeidelTimeTagger() {
        Config.setProps(settings());
        try {
            news = annotator(DocumentType.NEWS);
            narrative = annotator(DocumentType.NARRATIVES);
            TypeSystemDescription types = UIMAFramework.getXMLParser().parseTypeSystemDescription(
                    new XMLInputSource(HeidelTime.class.getClassLoader().getResource(TYPE_SYSTEM)));
            cases = new JCasFactoryImpl(new TypeSystemDescription[] {types});
        } catch (Exception e) {
            throw new IllegalStateException("HeidelTime could not be loaded: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<Span> tag(AnnotatedDocument doc) {
        String text = doc.text();
        try {
            JCas jcas = cases.createJCas();
            jcas.setDocumentText(text);
            String reference = doc.referenceDate();
            boolean dated = reference != null && reference.matches("\\d{4}-\\d\\d-\\d\\d.*");
            if (dated) {
                Dct dct = new Dct(jcas, 0, text.length());
                dct.setValue(reference.substring(0, 10).replace("-", ""));
                dct.addToIndexes();
            }
            List<Token> tokens = doc.tokens();
            for (Sentence s : doc.sentences()) {
                de.unihd.dbs.uima.types.heideltime.Sentence sentence =
                        new de.unihd.dbs.uima.types.heideltime.Sentence(jcas, s.start(), s.end());
                sentence.setSentenceId(s.index());
                sentence.addToIndexes();
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    Token t = tokens.get(i);
                    de.unihd.dbs.uima.types.heideltime.Token token =
                            new de.unihd.dbs.uima.types.heideltime.Token(jcas, t.start(), t.end());
                    token.setTokenId(i);
                    token.setSentId(s.index());
                    token.setPos(t.pos() == null ? "" : t.pos());
                    token.addToIndexes();
                }
            }
            (dated ? news : narrative).process(jcas);
            List<Span> found = new ArrayList<>();
            int last = 0;
            FSIterator<?> it = jcas.getAnnotationIndex(Timex3.type).iterator();
            while (it.hasNext()) {
                Timex3 t = (Timex3) it.next();
                String value = t.getTimexValue();
                if (t.getBegin() < last || t.getEnd() <= t.getBegin() || value == null || value.isBlank()
                        || isName(tokens, t.getBegin(), t.getEnd())) {
                    continue;
                }
                // a clock time without a date, in the form the rest of the pipeline reads ("T18:40")
                value = value.replaceFirst("^XXXX-XX-XXT", "T");
                Sentence sentence = doc.sentenceAt(t.getBegin());
                found.add(new Span(t.getTimexType(), t.getTimexType(), t.getBegin(), t.getEnd(),
                        text.substring(t.getBegin(), t.getEnd()), sentence == null ? -1 : sentence.index(), value));
                last = t.getEnd();
            }
            return found;
        } catch (Exception e) {
            throw new IllegalStateException("HeidelTime failed on " + doc.source().id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * True when the name tagger put every token of {@code [start, end)} in a name class: "Noel" in "Noel Gallagher" is a
     * person, not Christmas.
     */
    private static boolean isName(List<Token> tokens, int start, int end) {
        boolean any = false;
        for (Token t : tokens) {
            if (t.start() >= start && t.end() <= end) {
                if (t.ner() == null || !NAME_CLASSES.contains(t.ner())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static HeidelTime annotator(DocumentType type) throws Exception {
        HeidelTime annotator = new HeidelTime();
        annotator.initialize(new UimaContextImpl(Language.ENGLISH, type, false));
        return annotator;
    }

    /** HeidelTime's standalone settings: every TIMEX3 type, no temponyms, its own type system. */
    private static Properties settings() {
        Properties p = new Properties();
        p.setProperty("considerDate", "true");
        p.setProperty("considerDuration", "true");
        p.setProperty("considerSet", "true");
        p.setProperty("considerTime", "true");
        p.setProperty("considerTemponym", "false");
        p.setProperty("typeSystemHome", TYPE_SYSTEM);
        p.setProperty("uimaVarDate", "Date");
        p.setProperty("uimaVarDuration", "Duration");
        p.setProperty("uimaVarLanguage", "Language");
        p.setProperty("uimaVarSet", "Set");
        p.setProperty("uimaVarTime", "Time");
        p.setProperty("uimaVarTemponym", "Temponym");
        p.setProperty("uimaVarTypeToProcess", "Type");
        return p;
    }
}
