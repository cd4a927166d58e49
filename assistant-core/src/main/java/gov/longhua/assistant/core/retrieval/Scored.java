package gov.longhua.assistant.core.retrieval;

/** An entry and the score one retriever gave it. */
public record Scored(String entryId, double score) {
}
