package gov.longhua.assistant.core.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import gov.longhua.assistant.kb.Lang;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One embedding model per language: a text is embedded by the model of the language it is written in, and
 * only compared with texts of that language. Recent questions' embeddings are cached: kiosks and the robot
 * hear the same questions again and again, and one question is looked up in several indexes. Entry texts'
 * embeddings are kept too, so that rebuilding the indexes after staff publish a change embeds only the texts
 * that changed (the kept vectors are the ones the indexes hold, so keeping them costs little more).
 */
public final class Embedders {

    private static final int BATCH = 64;
    private static final int CACHED_QUESTIONS = 10_000;

    private final EmbeddingModel zh;
    private final EmbeddingModel en;
    private final Map<String, Embedding> recentQuestions = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Embedding> eldest) {
                    return size() > CACHED_QUESTIONS;
                }
            });

    private final Map<String, Embedding> passages = new java.util.concurrent.ConcurrentHashMap<>();

    public Embedders(EmbeddingModel zh, EmbeddingModel en) {
        this.zh = zh;
        this.en = en;
    }

    public EmbeddingModel model(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    /**
     * The embedding of a normalised question in one language's model; recent questions come from a cache, and
     * so does a question that is an entry text embedded before (questions and texts are embedded alike).
     */
    public Embedding question(String question, Lang lang) {
        String key = lang.code() + '\u0000' + question;
        Embedding cached = recentQuestions.get(key);
        if (cached == null) {
            cached = passages.get(key);
        }
        if (cached != null) {
            return cached;
        }
        Embedding embedding = model(lang).embed(question).content();
        recentQuestions.put(key, embedding);
        return embedding;
    }

    /** Forgets the entry texts embedded so far (the next index build embeds every text again). */
    public void forgetTexts() {
        passages.clear();
    }

    /** Embeddings of many texts of one language: those embedded before come from memory, the rest in batches. */
    public List<Embedding> texts(List<TextSegment> segments, Lang lang) {
        List<TextSegment> missing = segments.stream()
                .filter(segment -> !passages.containsKey(lang.code() + '\u0000' + segment.text()))
                .toList();
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<TextSegment> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<Embedding> embedded = model(lang).embedAll(batch).content();
            for (int i = 0; i < batch.size(); i++) {
                passages.put(lang.code() + '\u0000' + batch.get(i).text(), embedded.get(i));
            }
        }
        List<Embedding> embeddings = new ArrayList<>(segments.size());
        segments.forEach(segment -> embeddings.add(passages.get(lang.code() + '\u0000' + segment.text())));
        return embeddings;
    }
}
