package gov.longhua.assistant.core.conversation;

import java.util.Optional;
import java.util.function.UnaryOperator;

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

    /**
     * Changes the stored conversation atomically: the change is applied to the latest version and stored, so
     * that changes made at the same time (two answers in one conversation, a staff member taking it during an
     * answer) are all kept; the change may therefore be applied more than once and must have no side effects.
     * Restarts the idle timeout.
     *
     * @return the changed conversation; empty, with nothing stored, if it does not exist (any more)
     */
    Optional<Conversation> update(String id, UnaryOperator<Conversation> change);
}
