package gov.longhua.assistant.core.conversation;

import java.util.Optional;

/**
 * Where conversations live between messages. A conversation left idle longer than the store's idle timeout
 * is gone: {@link #find} no longer returns it. Implementations: {@link InMemoryConversationStore} (the
 * embedded default) and a Redis one at the edge.
 */
public interface ConversationStore {

    /** The conversation with this id, if it exists and has not expired. */
    Optional<Conversation> find(String id);

    /** Stores the conversation, replacing an earlier version, and restarts its idle timeout. */
    void save(Conversation conversation);
}
