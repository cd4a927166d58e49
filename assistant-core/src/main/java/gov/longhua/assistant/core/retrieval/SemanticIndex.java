package gov.longhua.assistant.core.retrieval;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import gov.longhua.assistant.kb.Lang;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dense retrieval: every way an entry is asked is embedded with the in-process model; a question is
 * compared with the texts of its own language, and an entry scores the cosine of its closest text.
 */
public final class SemanticIndex {

    private static final String ENTRY = "entry";
    private static final String LANG = "lang";
    private static final int BATCH = 64;

    /** How many question embeddings are kept: kiosks and the robot hear the same questions again and again. */
    private static final int CACHED_QUESTIONS = 10_000;

    private final EmbeddingModel model;
    private final InMemoryEmbeddingStore<TextSegment> store;
    private final Map<String, Embedding> recentQuestions = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Embedding> eldest) {
                    return size() > CACHED_QUESTIONS;
                }
            });

    private SemanticIndex(EmbeddingModel model, InMemoryEmbeddingStore<TextSegment> store) {
        this.model = model;
        this.store = store;
    }

    public static SemanticIndex build(EmbeddingModel model, Collection<EntryText> texts) {
        List<TextSegment> segments = new ArrayList<>();
        for (EntryText text : texts) {
            for (String asked : text.questions().stream().distinct().toList()) {
                segments.add(TextSegment.from(asked, Metadata.from(ENTRY, text.entryId()).put(LANG, text.lang().code())));
            }
        }
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        for (int from = 0; from < segments.size(); from += BATCH) {
            List<TextSegment> batch = segments.subList(from, Math.min(segments.size(), from + BATCH));
            store.addAll(model.embedAll(batch).content(), batch);
        }
        return new SemanticIndex(model, store);
    }

    /** The embedding of a normalised question; recent questions come from a cache. */
    public Embedding embed(String question) {
        Embedding cached = recentQuestions.get(question);
        if (cached != null) {
            return cached;
        }
        Embedding embedding = model.embed(question).content();
        recentQuestions.put(question, embedding);
        return embedding;
    }

    /**
     * The best entries for a question among the texts of the given languages, best first, scored by cosine
     * similarity in [-1, 1].
     */
    public List<Scored> search(Embedding question, Set<Lang> langs, int limit) {
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(question)
                .filter(metadataKey(LANG).isIn(langs.stream().map(Lang::code).toList()))
                .maxResults(limit * 4)
                .build();
        Map<String, Double> best = new LinkedHashMap<>();
        for (EmbeddingMatch<TextSegment> match : store.search(request).matches()) {
            double cosine = 2 * match.score() - 1;
            best.putIfAbsent(match.embedded().metadata().getString(ENTRY), cosine);
        }
        return best.entrySet().stream().limit(limit).map(e -> new Scored(e.getKey(), e.getValue())).toList();
    }
}
