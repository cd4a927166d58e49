package gov.longhua.assistant.core.retrieval;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import gov.longhua.assistant.kb.Lang;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dense retrieval: every way an entry is asked is embedded with its language's model into that language's
 * store; a question is compared with the texts of the languages it is searched in, and an entry scores the
 * cosine of its closest text.
 */
public final class SemanticIndex {

    private static final String ENTRY = "entry";

    private final Embedders embedders;
    private final Map<Lang, InMemoryEmbeddingStore<TextSegment>> stores;

    private SemanticIndex(Embedders embedders, Map<Lang, InMemoryEmbeddingStore<TextSegment>> stores) {
        this.embedders = embedders;
        this.stores = stores;
    }

    public static SemanticIndex build(Embedders embedders, Collection<EntryText> texts) {
        Map<Lang, InMemoryEmbeddingStore<TextSegment>> stores = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            List<TextSegment> segments = new ArrayList<>();
            for (EntryText text : texts) {
                if (text.lang() == lang) {
                    text.questions().stream().distinct()
                            .forEach(asked -> segments.add(TextSegment.from(asked, Metadata.from(ENTRY, text.entryId()))));
                }
            }
            InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
            if (!segments.isEmpty()) {
                store.addAll(embedders.texts(segments, lang), segments);
            }
            stores.put(lang, store);
        }
        return new SemanticIndex(embedders, stores);
    }

    /**
     * The best entries for a normalised question among the texts of the given languages, best first, scored
     * by cosine similarity in [-1, 1] (a code-switched question searched in both keeps each entry's better
     * score).
     */
    public List<Scored> search(String question, Set<Lang> langs, int limit) {
        Map<String, Double> best = new HashMap<>();
        for (Lang lang : langs) {
            EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                    .queryEmbedding(embedders.question(question, lang))
                    .maxResults(limit * 4)
                    .build();
            for (EmbeddingMatch<TextSegment> match : stores.get(lang).search(request).matches()) {
                best.merge(match.embedded().metadata().getString(ENTRY), 2 * match.score() - 1, Math::max);
            }
        }
        return best.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(limit).map(e -> new Scored(e.getKey(), e.getValue())).toList();
    }
}
