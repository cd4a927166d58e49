package gov.longhua.assistant.core.dialogue;

/** A question arrived before the knowledge base and its indexes were loaded. */
public final class NotReadyException extends RuntimeException {

    public NotReadyException() {
        super("the knowledge base is still loading");
    }
}
