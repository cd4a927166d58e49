package gov.longhua.assistant.core.retrieval;

/**
 * An entry proposed for a question, with the evidence of each retriever.
 *
 * @param fused the reciprocal-rank-fusion score that orders candidates
 * @param cosine cosine similarity of the entry's closest text to the question; 0 when not retrieved densely
 * @param bm25 BM25 score; 0 when not retrieved lexically
 * @param denseRank 1-based rank among dense results, 0 when absent
 * @param lexicalRank 1-based rank among lexical results, 0 when absent
 */
public record Candidate(String entryId, double fused, double cosine, double bm25, int denseRank, int lexicalRank) {
}
