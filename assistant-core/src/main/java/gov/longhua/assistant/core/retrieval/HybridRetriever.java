package gov.longhua.assistant.core.retrieval;

import gov.longhua.assistant.kb.Entry;

import java.util.HashSet;

import java.util.LinkedHashMap;

import gov.longhua.assistant.core.analysis.TextNormalizer;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hybrid retrieval: BM25 (over the question expanded with glossary synonyms) and dense results fused by
 * reciprocal rank (RRF, as LangChain4j's ReciprocalRankFuser does, computed here because the fused score is
 * kept), plus a small share of the domain router's confidence in each candidate's domain. Each candidate
 * keeps the scores of both retrievers so that the answering policy can judge confidence.
 */
public final class HybridRetriever {

    /** How deep each retriever's list goes into the fusion. */
    private static final int DEPTH = 20;
    /** The fusion constant k of RRF; 60 is the value of the original paper. */
    private static final int RRF_K = 60;

    /**
     * How much the router's confidence adds to the fused score: about the gap between ranks 1 and 6 of one
     * list, so it reorders close candidates and never lifts a far one to the top. Chosen on the tuned part of
     * the own question set (docs/quality.md: 0, 0.002, 0.005 and 0.01 measured).
     */
    static final double ROUTE_WEIGHT = 0.002;

    private final KnowledgeBase kb;
    private final Map<String, List<EntryText>> texts;
    private final LexicalIndex lexical;
    private final SemanticIndex semantic;
    private final GlossaryExpander glossary;
    private final DomainRouter router;

    private HybridRetriever(KnowledgeBase kb, Map<String, List<EntryText>> texts, LexicalIndex lexical,
            SemanticIndex semantic, GlossaryExpander glossary, DomainRouter router) {
        this.kb = kb;
        this.texts = texts;
        this.lexical = lexical;
        this.semantic = semantic;
        this.glossary = glossary;
        this.router = router;
    }

    /** Builds both indexes over every entry of the knowledge base, in both languages, and trains the router. */
    public static HybridRetriever build(KnowledgeBase kb, Embedders embedders, TextNormalizer normalizer) {
        Map<String, List<EntryText>> texts = new LinkedHashMap<>();
        kb.entries().forEach(entry -> texts.put(entry.id(), normalized(kb, entry, normalizer)));
        List<EntryText> all = texts.values().stream().flatMap(List::stream).toList();
        return new HybridRetriever(kb, texts, LexicalIndex.build(all), SemanticIndex.build(embedders, all),
                new GlossaryExpander(kb.glossary(), normalizer), DomainRouter.train(kb, all));
    }

    /**
     * A retriever over a revised knowledge base (the same registers and glossary, some entries changed, added
     * or removed), built from this one: the texts of entries left unchanged (the same objects) are not
     * normalised or analysed again, the lexical index is this one's with the changed entries replaced, and
     * the trained domain router is kept. This retriever is left as it was.
     */
    public HybridRetriever revised(KnowledgeBase revised, Embedders embedders, TextNormalizer normalizer) {
        Map<String, List<EntryText>> next = new LinkedHashMap<>();
        List<EntryText> changed = new ArrayList<>();
        Set<String> replaced = new HashSet<>();
        for (Entry entry : revised.entries()) {
            if (kb.entry(entry.id()).orElse(null) == entry && texts.containsKey(entry.id())) {
                next.put(entry.id(), texts.get(entry.id()));
            } else {
                List<EntryText> fresh = normalized(revised, entry, normalizer);
                next.put(entry.id(), fresh);
                changed.addAll(fresh);
                replaced.add(entry.id());
            }
        }
        texts.keySet().stream().filter(id -> !next.containsKey(id)).forEach(replaced::add);
        List<EntryText> all = next.values().stream().flatMap(List::stream).toList();
        return new HybridRetriever(revised, next, lexical.revised(changed, replaced), SemanticIndex.build(embedders, all),
                new GlossaryExpander(revised.glossary(), normalizer), router.over(revised));
    }

    private static List<EntryText> normalized(KnowledgeBase kb, Entry entry, TextNormalizer normalizer) {
        List<EntryText> both = new ArrayList<>(2);
        for (Lang lang : Lang.values()) {
            EntryText text = EntryText.of(kb, entry, lang);
            both.add(new EntryText(text.entryId(), lang, text.questions().stream().map(normalizer::normalize).toList(),
                    normalizer.normalize(text.body())));
        }
        return both;
    }

    /** Candidates for a normalised question among the texts of the given languages, best first. */
    public List<Candidate> retrieve(String question, Set<Lang> langs, int limit) {
        return retrieve(question, langs, limit, RetrievalMode.HYBRID);
    }

    /** Candidates ranked by the given retrievers; the evaluation compares the modes. */
    public List<Candidate> retrieve(String question, Set<Lang> langs, int limit, RetrievalMode mode) {
        int depth = Math.max(DEPTH, limit);
        List<Scored> lexicalHits = mode == RetrievalMode.DENSE ? List.of()
                : lexical.search(question, glossary.synonyms(question, langs), langs, depth);
        List<Scored> denseHits = mode == RetrievalMode.LEXICAL ? List.of()
                : semantic.search(question, langs, depth);
        Map<String, Candidate> evidence = new HashMap<>();
        for (int i = 0; i < denseHits.size(); i++) {
            Scored hit = denseHits.get(i);
            evidence.put(hit.entryId(), new Candidate(hit.entryId(), 0, hit.score(), 0, i + 1, 0));
        }
        for (int i = 0; i < lexicalHits.size(); i++) {
            Scored hit = lexicalHits.get(i);
            int rank = i + 1;
            evidence.merge(hit.entryId(), new Candidate(hit.entryId(), 0, 0, hit.score(), 0, rank),
                    (dense, lex) -> new Candidate(dense.entryId(), 0, dense.cosine(), hit.score(), dense.denseRank(), rank));
        }
        Map<String, Double> routes = mode == RetrievalMode.HYBRID ? router.routes(question, langs) : Map.of();
        List<Candidate> candidates = new ArrayList<>();
        for (Candidate c : evidence.values()) {
            double routed = ROUTE_WEIGHT * routes.getOrDefault(router.routeOf(c.entryId()), 0.0);
            candidates.add(new Candidate(c.entryId(), rrf(c) + routed, c.cosine(), c.bm25(), c.denseRank(),
                    c.lexicalRank()));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::fused).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::cosine).reversed()));
        return candidates.size() > limit ? List.copyOf(candidates.subList(0, limit)) : candidates;
    }

    private static double rrf(Candidate c) {
        double score = 0;
        if (c.denseRank() > 0) {
            score += 1.0 / (RRF_K + c.denseRank());
        }
        if (c.lexicalRank() > 0) {
            score += 1.0 / (RRF_K + c.lexicalRank());
        }
        return score;
    }
}
