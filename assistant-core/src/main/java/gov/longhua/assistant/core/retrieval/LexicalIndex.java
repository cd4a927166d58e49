package gov.longhua.assistant.core.retrieval;

import gov.longhua.assistant.core.analysis.en.EnglishQuestionAnalyzer;
import gov.longhua.assistant.core.analysis.zh.ChineseBigramAnalyzer;
import gov.longhua.assistant.core.analysis.zh.ChineseWordAnalyzer;
import gov.longhua.assistant.kb.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * BM25 over every entry in both languages, in memory. One Lucene document per entry; per language a
 * questions field and a body field, Chinese ones analysed twice (smartcn words and Han bigrams).
 */
public final class LexicalIndex {

    private static final String ID = "id";

    /** A field of the index, the analyzer that fills it and its weight in a query. */
    private enum IndexField {
        Q_ZH(Lang.ZH, true, new ChineseWordAnalyzer(), 3.0f),
        Q_ZH_GRAMS(Lang.ZH, true, new ChineseBigramAnalyzer(), 1.5f),
        BODY_ZH(Lang.ZH, false, new ChineseWordAnalyzer(), 1.0f),
        BODY_ZH_GRAMS(Lang.ZH, false, new ChineseBigramAnalyzer(), 0.5f),
        Q_EN(Lang.EN, true, new EnglishQuestionAnalyzer(), 3.0f),
        BODY_EN(Lang.EN, false, new EnglishQuestionAnalyzer(), 1.0f);

        final Lang lang;
        final boolean questions;
        final Analyzer analyzer;
        final float boost;

        IndexField(Lang lang, boolean questions, Analyzer analyzer, float boost) {
            this.lang = lang;
            this.questions = questions;
            this.analyzer = analyzer;
            this.boost = boost;
        }
    }

    private final ByteBuffersDirectory directory;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    private LexicalIndex(ByteBuffersDirectory directory, IndexSearcher searcher, Analyzer analyzer) {
        this.directory = directory;
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    /** Builds the index from the normalised texts of every entry in both languages. */
    public static LexicalIndex build(Collection<EntryText> texts) {
        Analyzer analyzer = analyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            writer.addDocuments(documents(texts));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the lexical index", e);
        }
        return open(directory, analyzer);
    }

    /**
     * A new index with some entries replaced or removed: this index's segments are copied as they are (nothing
     * analysed again), the replaced entries' documents deleted and merged away, and {@code texts} (the new
     * texts of the replaced entries that remain) added. This index is left as it was.
     */
    public LexicalIndex revised(Collection<EntryText> texts, Set<String> replaced) {
        ByteBuffersDirectory copy = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(copy, new IndexWriterConfig(analyzer))) {
            writer.addIndexes(directory);
            for (String id : replaced) {
                writer.deleteDocuments(new org.apache.lucene.index.Term(ID, id));
            }
            writer.addDocuments(documents(texts));
            writer.forceMergeDeletes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot revise the lexical index", e);
        }
        return open(copy, analyzer);
    }

    private static Analyzer analyzer() {
        Map<String, Analyzer> perField = new LinkedHashMap<>();
        for (IndexField field : IndexField.values()) {
            perField.put(field.name(), field.analyzer);
        }
        return new PerFieldAnalyzerWrapper(new ChineseBigramAnalyzer(), perField);
    }

    /** One document per entry, with each language's fields. */
    private static Collection<Document> documents(Collection<EntryText> texts) {
        Map<String, Document> documents = new LinkedHashMap<>();
        for (EntryText text : texts) {
            Document doc = documents.computeIfAbsent(text.entryId(), id -> {
                Document d = new Document();
                d.add(new StringField(ID, id, Field.Store.YES));
                return d;
            });
            for (IndexField field : IndexField.values()) {
                if (field.lang == text.lang()) {
                    String value = field.questions ? String.join("\n", text.questions()) : text.body();
                    doc.add(new TextField(field.name(), value, Field.Store.NO));
                }
            }
        }
        return documents.values();
    }

    private static LexicalIndex open(ByteBuffersDirectory directory, Analyzer analyzer) {
        try {
            return new LexicalIndex(directory, new IndexSearcher(DirectoryReader.open(directory)), analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the lexical index", e);
        }
    }

    /** How much a glossary synonym weighs against a word of the question itself. */
    private static final float SYNONYM_WEIGHT = 0.3f;

    /**
     * The best entries for a normalised question, searched in the given languages, best first, with BM25
     * scores; {@code synonyms} (may be empty) match with a lower weight than the question's own words.
     */
    public List<Scored> search(String question, String synonyms, Set<Lang> langs, int limit) {
        try {
            return searchWhole(question, synonyms, langs, limit);
        } catch (IndexSearcher.TooManyClauses e) {
            // a very long question analyses into more terms than a query may hold: search its first half
            // (without the synonyms), and so on, rather than fail
            return question.length() < 2 ? List.of()
                    : search(question.substring(0, question.length() / 2), "", langs, limit);
        }
    }

    private List<Scored> searchWhole(String question, String synonyms, Set<Lang> langs, int limit) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        // Unigrams and bigrams overlap; as a graph they would expand into every path through the question.
        builder.setEnableGraphQueries(false);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (IndexField field : IndexField.values()) {
            if (langs.contains(field.lang)) {
                Query clause = builder.createBooleanQuery(field.name(), question, BooleanClause.Occur.SHOULD);
                if (clause != null) {
                    query.add(new BoostQuery(clause, field.boost), BooleanClause.Occur.SHOULD);
                    any = true;
                }
                Query synonymClause = synonyms.isEmpty() ? null
                        : builder.createBooleanQuery(field.name(), synonyms, BooleanClause.Occur.SHOULD);
                if (synonymClause != null) {
                    query.add(new BoostQuery(synonymClause, field.boost * SYNONYM_WEIGHT), BooleanClause.Occur.SHOULD);
                }
            }
        }
        if (!any) {
            return List.of();
        }
        try {
            List<Scored> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                hits.add(new Scored(searcher.storedFields().document(hit.doc).get(ID), hit.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("lexical search failed", e);
        }
    }
}
