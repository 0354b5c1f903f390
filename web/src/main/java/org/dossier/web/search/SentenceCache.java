package org.dossier.web.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;

/**
 * The sentences of one open index as searches return them: stored fields read (decompressed) and words analyzed the
 * first time a sentence is a hit, then kept, so that a sentence found again costs no decompression and no stemming.
 * Keeps at most {@code limit} sentences (beyond that they are read each time); analyzed words and source ids are
 * shared between sentences. Thread-safe.
 */
final class SentenceCache {

    /**
     * One indexed sentence.
     *
     * @param source the source id
     * @param start offset of the sentence in the source text
     * @param end offset of its end
     * @param text the sentence
     * @param terms the analyzed words of the sentence, in order
     * @param offsets the span of each of {@code terms} in {@code text}: start, end, start, end, ...
     */
    record Sentence(String source, int start, int end, String text, String[] terms, int[] offsets) {

        /** The spans of the words whose analyzed form is one of {@code queryTerms}: pairs [start, end). */
        List<int[]> highlights(Set<String> queryTerms) {
            List<int[]> out = new ArrayList<>();
            for (int i = 0; i < terms.length; i++) {
                if (queryTerms.contains(terms[i])) {
                    out.add(new int[] {offsets[2 * i], offsets[2 * i + 1]});
                }
            }
            return out;
        }
    }

    private final AtomicReferenceArray<Sentence> byDoc;
    private final Map<String, String> words = new ConcurrentHashMap<>();
    private final AtomicInteger kept = new AtomicInteger();
    private final int limit;
    private final Analyzer analyzer;
    private final String field;

    /**
     * @param maxDoc the index's largest document number plus one
     * @param analyzer the analyzer of the indexed words, applied to the sentence as stored
     * @param field the field name given to the analyzer
     */
    SentenceCache(int maxDoc, int limit, Analyzer analyzer, String field) {
        this.byDoc = new AtomicReferenceArray<>(maxDoc);
        this.limit = limit;
        this.analyzer = analyzer;
        this.field = field;
    }

    /** The sentence of document {@code doc}, read with {@code stored} (the caller's own) when not kept yet. */
    Sentence get(int doc, StoredFields stored) throws IOException {
        Sentence s = byDoc.get(doc);
        if (s != null) {
            return s;
        }
        Document d = stored.document(doc);
        String text = d.get("text");
        boolean keep = kept.get() < limit;
        List<String> terms = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                terms.add(keep ? words.computeIfAbsent(t, k -> k) : t);
                offsets.add(offset.startOffset());
                offsets.add(offset.endOffset());
            }
            ts.end();
        }
        String source = d.get("source");
        s = new Sentence(keep ? words.computeIfAbsent(source, k -> k) : source, d.getField("start").numericValue().intValue(),
                d.getField("end").numericValue().intValue(), text, terms.toArray(String[]::new),
                offsets.stream().mapToInt(Integer::intValue).toArray());
        if (keep && byDoc.compareAndSet(doc, null, s)) {
            kept.incrementAndGet();
        }
        return s;
    }

    /** How many sentences are kept. */
    int size() {
        return kept.get();
    }
}
