package gov.longhua.assistant.core.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Conversations in this process's memory, each expiring after the idle timeout. Lost on restart. */
public final class InMemoryConversationStore implements ConversationStore {

    private record Stored(Conversation conversation, Instant expiresAt) {
    }

    private final Map<String, Stored> conversations = new ConcurrentHashMap<>();
    private final Duration idleTimeout;
    private final Clock clock;
    /** Expired conversations are swept out at most this often, not on every save. */
    private final Duration sweepInterval;
    private volatile Instant nextSweep;

    public InMemoryConversationStore(Duration idleTimeout, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.clock = clock;
        this.sweepInterval = idleTimeout.dividedBy(10);
        this.nextSweep = clock.instant().plus(sweepInterval);
    }

    @Override
    public Optional<Conversation> find(String id) {
        Instant now = clock.instant();
        Stored stored = conversations.get(id);
        if (stored == null) {
            return Optional.empty();
        }
        if (!now.isBefore(stored.expiresAt())) {
            conversations.remove(id, stored);
            return Optional.empty();
        }
        return Optional.of(stored.conversation());
    }

    @Override
    public void save(Conversation conversation) {
        Instant now = clock.instant();
        if (!now.isBefore(nextSweep)) {
            nextSweep = now.plus(sweepInterval);
            conversations.values().removeIf(stored -> !now.isBefore(stored.expiresAt()));
        }
        conversations.put(conversation.id(), new Stored(conversation, now.plus(idleTimeout)));
    }
}
