package gov.longhua.assistant.core.dialogue;

/**
 * A conversation as a client joins it.
 *
 * @param resumed true when an existing conversation was continued
 * @param turns how many turns the conversation already has
 */
public record Session(String id, boolean resumed, int turns) {
}
