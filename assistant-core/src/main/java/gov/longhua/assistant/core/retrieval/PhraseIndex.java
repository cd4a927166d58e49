package gov.longhua.assistant.core.retrieval;

import static dev.langchain4j.store.embedding.filter.MetadataFilterBuilder.metadataKey;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import gov.longhua.assistant.kb.Lang;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small dense index of phrases that each belong to an owner, for the questions the assistant must not
 * answer: the examples of a scope rule (owner: the rule) or an FAQ entry's negative examples (owner: the
 * entry). Texts are normalised by the caller, as questions are; each language has its own store and model.
 */
public final class PhraseIndex {

    private static final String OWNER = "owner";

    /** A phrase and who it belongs to. */
    public record Phrase(String owner, Lang lang, String text) {
    }

    private final Embedders embedders;
    private final Map<Lang, InMemoryEmbeddingStore<TextSegment>> stores;

    private PhraseIndex(Embedders embedders, Map<Lang, InMemoryEmbeddingStore<TextSegment>> stores) {
        this.embedders = embedders;
        this.stores = stores;
    }

    public static PhraseIndex build(Embedders embedders, List<Phrase> phrases) {
        Map<Lang, InMemoryEmbeddingStore<TextSegment>> stores = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            List<TextSegment> segments = phrases.stream().filter(p -> p.lang() == lang)
                    .map(p -> TextSegment.from(p.text(), Metadata.from(OWNER, p.owner())))
                    .toList();
            if (!segments.isEmpty()) {
                InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
                store.addAll(embedders.texts(segments, lang), segments);
                stores.put(lang, store);
            }
        }
        return new PhraseIndex(embedders, stores);
    }

    /** The owner of the phrase closest to a normalised question among the given languages, with its cosine. */
    public Optional<Scored> nearest(String question, Set<Lang> langs) {
        return langs.stream().map(lang -> best(question, lang, null))
                .flatMap(Optional::stream).max((a, b) -> Double.compare(a.score(), b.score()));
    }

    /** The cosine of the closest phrase of one owner, or -1 when the owner has none in those languages. */
    public double closest(String question, String owner, Set<Lang> langs) {
        return langs.stream().map(lang -> best(question, lang, metadataKey(OWNER).isEqualTo(owner)))
                .flatMap(Optional::stream).mapToDouble(Scored::score).max().orElse(-1.0);
    }

    private Optional<Scored> best(String question, Lang lang, Filter filter) {
        InMemoryEmbeddingStore<TextSegment> store = stores.get(lang);
        if (store == null) {
            return Optional.empty();
        }
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(embedders.question(question, lang)).filter(filter).maxResults(1).build();
        List<EmbeddingMatch<TextSegment>> matches = store.search(request).matches();
        return matches.stream().findFirst()
                .map(m -> new Scored(m.embedded().metadata().getString(OWNER), 2 * m.score() - 1));
    }
}
