package gov.longhua.assistant.core.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

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
        Instant now = sweptAt(clock.instant());
        conversations.put(conversation.id(), new Stored(conversation, now.plus(idleTimeout)));
    }

    @Override
    public Optional<Conversation> update(String id, UnaryOperator<Conversation> change) {
        Instant now = sweptAt(clock.instant());
        Stored updated = conversations.computeIfPresent(id, (key, stored) -> now.isBefore(stored.expiresAt())
                ? new Stored(change.apply(stored.conversation()), now.plus(idleTimeout)) : null);
        return Optional.ofNullable(updated).map(Stored::conversation);
    }

    /** Removes and returns every conversation that has not expired (to move them to another store). */
    public List<Conversation> drain() {
        Instant now = clock.instant();
        List<Conversation> live = new ArrayList<>();
        for (String id : List.copyOf(conversations.keySet())) {
            Stored stored = conversations.remove(id);
            if (stored != null && now.isBefore(stored.expiresAt())) {
                live.add(stored.conversation());
            }
        }
        return live;
    }

    /** Whether no conversation is held. */
    public boolean isEmpty() {
        return conversations.isEmpty();
    }

    /** Removes and returns the conversation, if held and not expired. */
    public Optional<Conversation> take(String id) {
        Stored stored = conversations.remove(id);
        return stored != null && clock.instant().isBefore(stored.expiresAt())
                ? Optional.of(stored.conversation()) : Optional.empty();
    }

    private Instant sweptAt(Instant now) {
        if (!now.isBefore(nextSweep)) {
            nextSweep = now.plus(sweepInterval);
            conversations.values().removeIf(stored -> !now.isBefore(stored.expiresAt()));
        }
        return now;
    }
}
