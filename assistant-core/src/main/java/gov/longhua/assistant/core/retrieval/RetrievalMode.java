package gov.longhua.assistant.core.retrieval;

/** Which retrievers rank the candidates: the hybrid serves questions; the others exist to measure it. */
public enum RetrievalMode {
    /** BM25 alone. */
    LEXICAL,
    /** Embedding similarity alone. */
    DENSE,
    /** Both, fused by reciprocal rank with a small share of the domain router: the fusion before it was learned. */
    RRF,
    /** Both, ordered by the learned confidence model (by RRF while no model is learned). */
    HYBRID
}
