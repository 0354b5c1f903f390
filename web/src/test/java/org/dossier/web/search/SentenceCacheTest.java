package org.dossier.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SentenceCacheTest {

    private final EnglishAnalyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private DirectoryReader reader;

    @BeforeEach
    void index() throws Exception {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            writer.addDocument(doc("a", 0, 38, "The leaders discussed the Senkaku Islands."));
            writer.addDocument(doc("b", 10, 34, "Japan pledged to buy gas."));
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterEach
    void close() throws Exception {
        reader.close();
        directory.close();
    }

    @Test
    void readsASentenceOnceAndHighlightsTheWordsOfAQueryByTheirStems() throws Exception {
        SentenceCache cache = new SentenceCache(reader.maxDoc(), 10, analyzer, "words");
        SentenceCache.Sentence first = cache.get(0, reader.storedFields());
        assertThat(first.source()).isEqualTo("a");
        assertThat(first.start()).isZero();
        assertThat(first.end()).isEqualTo(38);
        assertThat(first.text()).isEqualTo("The leaders discussed the Senkaku Islands.");
        assertThat(first.highlights(Set.of("senkaku", "island"))).containsExactly(new int[] {26, 33}, new int[] {34, 41});
        assertThat(first.highlights(Set.of("the"))).isEmpty();
        assertThat(cache.get(0, reader.storedFields())).isSameAs(first);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void beyondItsLimitReadsSentencesEachTimeWithoutKeepingThem() throws Exception {
        SentenceCache cache = new SentenceCache(reader.maxDoc(), 1, analyzer, "words");
        SentenceCache.Sentence kept = cache.get(0, reader.storedFields());
        SentenceCache.Sentence other = cache.get(1, reader.storedFields());
        assertThat(other.text()).isEqualTo("Japan pledged to buy gas.");
        assertThat(other.highlights(Set.of("pledg"))).containsExactly(new int[] {6, 13});
        assertThat(cache.get(1, reader.storedFields())).isNotSameAs(other);
        assertThat(cache.get(0, reader.storedFields())).isSameAs(kept);
        assertThat(cache.size()).isEqualTo(1);
    }

    private static Document doc(String source, int start, int end, String text) {
        Document d = new Document();
        d.add(new StringField("source", source, Field.Store.YES));
        d.add(new StoredField("start", start));
        d.add(new StoredField("end", end));
        d.add(new StoredField("text", text));
        return d;
    }
}
