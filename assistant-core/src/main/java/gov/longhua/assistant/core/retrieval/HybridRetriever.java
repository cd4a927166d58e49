package gov.longhua.assistant.core.retrieval;

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

    private final LexicalIndex lexical;
    private final SemanticIndex semantic;
    private final GlossaryExpander glossary;
    private final DomainRouter router;

    public HybridRetriever(LexicalIndex lexical, SemanticIndex semantic, GlossaryExpander glossary,
            DomainRouter router) {
        this.lexical = lexical;
        this.semantic = semantic;
        this.glossary = glossary;
        this.router = router;
    }

    /** Builds both indexes over every entry of the knowledge base, in both languages. */
    public static HybridRetriever build(KnowledgeBase kb, Embedders embedders, TextNormalizer normalizer) {
        List<EntryText> texts = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (EntryText text : EntryText.of(kb, lang)) {
                texts.add(new EntryText(text.entryId(), lang,
                        text.questions().stream().map(normalizer::normalize).toList(),
                        normalizer.normalize(text.body())));
            }
        }
        return new HybridRetriever(LexicalIndex.build(texts), SemanticIndex.build(embedders, texts),
                new GlossaryExpander(kb.glossary(), normalizer), DomainRouter.train(kb, texts));
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
