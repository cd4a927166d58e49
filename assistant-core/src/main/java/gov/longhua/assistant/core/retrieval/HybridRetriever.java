package gov.longhua.assistant.core.retrieval;

import gov.longhua.assistant.kb.Entry;

import java.util.HashSet;

import java.util.LinkedHashMap;

import gov.longhua.assistant.core.analysis.TextNormalizer;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.faq.FaqEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hybrid retrieval: BM25 (over the question expanded with glossary synonyms) and dense results pooled, and the
 * pool ordered by a learned {@link ConfidenceModel}: the probability that each candidate answers the question,
 * from both retrievers' scores and ranks and the OpenNLP domain router's confidence in the candidate's domain.
 * The fusion is learned from labelled questions when the retriever is built ({@link ConfidenceTraining});
 * until a model is trained (while training one) the pool is fused by reciprocal rank. Each candidate keeps the
 * scores of both retrievers and its probability, so the answering policy can judge confidence.
 */
public final class HybridRetriever {

    /** How deep each retriever's list goes into the pool. */
    static final int DEPTH = 20;
    /** The fusion constant k of RRF, used before a model is trained; 60 is the value of the original paper. */
    private static final int RRF_K = 60;
    /** How much the router's confidence adds to the RRF score (before a model is trained). */
    static final double ROUTE_WEIGHT = 0.002;

    private final KnowledgeBase kb;
    private final Map<String, List<EntryText>> texts;
    private final LexicalIndex lexical;
    private final SemanticIndex semantic;
    private final GlossaryExpander glossary;
    private final DomainRouter router;
    private final ConfidenceModel confidence;

    private HybridRetriever(KnowledgeBase kb, Map<String, List<EntryText>> texts, LexicalIndex lexical,
            SemanticIndex semantic, GlossaryExpander glossary, DomainRouter router, ConfidenceModel confidence) {
        this.kb = kb;
        this.texts = texts;
        this.lexical = lexical;
        this.semantic = semantic;
        this.glossary = glossary;
        this.router = router;
        this.confidence = confidence;
    }

    /**
     * Builds both indexes over every entry of the knowledge base, in both languages, trains the router, and
     * learns the confidence model from the knowledge base's own phrasings and the labelled questions.
     */
    public static HybridRetriever build(KnowledgeBase kb, Embedders embedders, TextNormalizer normalizer,
            List<LabelledQuestion> labelled) {
        HybridRetriever untrained = untrained(kb, embedders, normalizer, null, NO_FOLD);
        ConfidenceModel model = ConfidenceTraining.train(untrained, embedders, normalizer, labelled);
        return model == null ? untrained : untrained.withConfidence(model);
    }

    /** Holds no text out. */
    static final int NO_FOLD = -1;
    /** How many folds the texts are held out in, when a confidence model is learned. */
    static final int FOLDS = 2;

    /**
     * Both indexes and the router, ranking by reciprocal rank: what a confidence model is learned on. With a
     * fold from 0, each entry's asked texts of that fold (every {@value #FOLDS}th after the first, which always
     * stays) are held out, to be asked of it, and some entries are left out whole.
     */
    static HybridRetriever untrained(KnowledgeBase kb, Embedders embedders, TextNormalizer normalizer,
            DomainRouter router, int fold) {
        Map<String, List<EntryText>> texts = new LinkedHashMap<>();
        kb.entries().stream().filter(entry -> !leftOut(entry.id(), fold))
                .forEach(entry -> texts.put(entry.id(), normalized(kb, entry, normalizer).stream()
                        .map(text -> fold == NO_FOLD ? text : text.without(heldOut(text, fold))).toList()));
        List<EntryText> all = texts.values().stream().flatMap(List::stream).toList();
        return new HybridRetriever(kb, texts, LexicalIndex.build(all), SemanticIndex.build(embedders, all),
                new GlossaryExpander(kb.glossary(), normalizer),
                router != null ? router.over(kb) : DomainRouter.train(kb, all), null);
    }

    /**
     * Whether a fold leaves an entry out whole (one in {@value #LEFT_OUT_SHARE} entries per fold): its texts
     * are then questions the index has no answer for, as many of visitors' questions are.
     */
    static boolean leftOut(String entryId, int fold) {
        return fold != NO_FOLD && Math.floorMod(entryId.hashCode(), LEFT_OUT_SHARE) == fold;
    }

    private static final int LEFT_OUT_SHARE = 5;

    /** The asked texts of one fold: every {@value #FOLDS}th from the second on. */
    static List<String> heldOut(EntryText text, int fold) {
        List<String> held = new ArrayList<>();
        for (int i = 1 + fold; i < text.questions().size(); i += FOLDS) {
            held.add(text.questions().get(i));
        }
        return held;
    }

    /** This retriever ordering candidates by the given model. */
    HybridRetriever withConfidence(ConfidenceModel model) {
        return new HybridRetriever(kb, texts, lexical, semantic, glossary, router, model);
    }

    KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** The normalised texts of every entry, as indexed. */
    Map<String, List<EntryText>> texts() {
        return texts;
    }

    DomainRouter router() {
        return router;
    }

    /**
     * A retriever over a revised knowledge base (the same registers and glossary, some entries changed, added
     * or removed), built from this one: the texts of entries left unchanged (the same objects) are not
     * normalised or analysed again, the lexical index is this one's with the changed entries replaced, and
     * the trained domain router and confidence model are kept. This retriever is left as it was.
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
                new GlossaryExpander(revised.glossary(), normalizer), router.over(revised), confidence);
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
        Pool pool = pool(question, langs, Math.max(DEPTH, limit), mode);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Candidate c : pool.candidates()) {
            scores.put(c.entryId(), score(c, pool, mode));
        }
        if (mode == RetrievalMode.HYBRID && confidence != null) {
            scores = withCitedItems(scores);
        }
        List<Candidate> ranked = new ArrayList<>(pool.candidates().size());
        for (Candidate c : pool.candidates()) {
            ranked.add(new Candidate(c.entryId(), scores.get(c.entryId()), c.cosine(), c.bm25(), c.denseRank(),
                    c.lexicalRank()));
        }
        ranked.sort(Comparator.comparingDouble(Candidate::fused).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::cosine).reversed()));
        return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : ranked;
    }

    /**
     * An FAQ entry's curated answer covers the catalogue items it cites, so a question that is about one of
     * them is answered right by the entry too: an entry at least as likely as each item it cites has as its
     * confidence the probability that it or one of those items answers (capped at 1); an entry less likely than
     * an item it cites keeps its own, so it never overtakes the item. Items keep their own.
     */
    private Map<String, Double> withCitedItems(Map<String, Double> scores) {
        Map<String, Double> merged = new LinkedHashMap<>(scores);
        scores.forEach((id, p) -> kb.entry(id).filter(FaqEntry.class::isInstance).map(FaqEntry.class::cast)
                .filter(faq -> faq.cites().items().stream().allMatch(item -> scores.getOrDefault(item, 0.0) <= p))
                .ifPresent(faq -> merged.put(id, Math.min(1, p + faq.cites().items().stream()
                        .mapToDouble(item -> scores.getOrDefault(item, 0.0)).sum()))));
        return merged;
    }

    private double score(Candidate c, Pool pool, RetrievalMode mode) {
        return switch (mode) {
            case LEXICAL -> c.bm25();
            case DENSE -> c.cosine();
            case RRF -> rrf(c) + ROUTE_WEIGHT * pool.route(c.entryId());
            case HYBRID -> confidence != null ? confidence.probability(features(c, pool))
                    : rrf(c) + ROUTE_WEIGHT * pool.route(c.entryId());
        };
    }

    /** The features of one pooled candidate, as the confidence model reads them. */
    double[] features(Candidate c, Pool pool) {
        return CandidateFeatures.of(c, pool.candidates(), pool.route(c.entryId()),
                kb.entry(c.entryId()).map(FaqEntry.class::isInstance).orElse(false),
                pool.langs().contains(Lang.ZH) ? Lang.ZH : Lang.EN, pool.questionLength());
    }

    /**
     * The candidates both retrievers bring for a question, unordered, each with both retrievers' evidence, and
     * the router's confidence in each domain, and the question's length (counted once for every candidate).
     */
    record Pool(int questionLength, Set<Lang> langs, List<Candidate> candidates, Map<String, Double> routes,
            DomainRouter router) {

        double route(String entryId) {
            return routes.getOrDefault(router.routeOf(entryId), 0.0);
        }
    }

    Pool pool(String question, Set<Lang> langs, int depth, RetrievalMode mode) {
        List<Scored> lexicalHits = mode == RetrievalMode.DENSE ? List.of()
                : lexical.search(question, glossary.synonyms(question, langs), langs, depth);
        List<Scored> denseHits = mode == RetrievalMode.LEXICAL ? List.of()
                : semantic.search(question, langs, depth);
        Map<String, Candidate> evidence = new LinkedHashMap<>();
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
        Map<String, Double> routes = mode == RetrievalMode.HYBRID || mode == RetrievalMode.RRF
                ? router.routes(question, langs) : Map.of();
        return new Pool(CandidateFeatures.lengthOf(question), langs, List.copyOf(evidence.values()), routes, router);
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
