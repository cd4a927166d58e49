/**
 * The knowledge base: bilingual entries with provenance ({@link gov.longhua.assistant.kb.Entry}), held in a
 * validated, immutable {@link gov.longhua.assistant.kb.KnowledgeBase}. Knows nothing of retrieval or channels.
 */
package gov.longhua.assistant.kb;
