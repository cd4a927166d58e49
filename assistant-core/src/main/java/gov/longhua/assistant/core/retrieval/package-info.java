/**
 * Retrieval: a Lucene BM25 index and an in-process embedding index over every entry in both languages,
 * fused by reciprocal rank into one list of {@link gov.longhua.assistant.core.retrieval.Candidate}s.
 */
package gov.longhua.assistant.core.retrieval;
