package gov.longhua.assistant.core.retrieval;

/** Which retrievers rank the candidates: the hybrid serves questions; the others exist to measure it. */
public enum RetrievalMode {
    /** BM25 alone. */
    LEXICAL,
    /** Embedding similarity alone. */
    DENSE,
    /** Both, fused by reciprocal rank. */
    HYBRID
}
