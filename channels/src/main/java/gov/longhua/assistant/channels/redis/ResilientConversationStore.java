package gov.longhua.assistant.channels.redis;

import gov.longhua.assistant.channels.logging.ThrottledWarnings;
import gov.longhua.assistant.core.conversation.Conversation;
import gov.longhua.assistant.core.conversation.ConversationStore;
import gov.longhua.assistant.core.conversation.InMemoryConversationStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jboss.logging.Logger;

/**
 * Conversations in Redis while it answers, and in this process's memory while it does not, so that every
 * question is still answered during an outage. After a failure Redis is left alone for {@code retryInterval},
 * then tried again; once it answers, the conversations kept in memory meanwhile are written back to it and
 * it is used again. Warnings are logged a few a minute at most.
 */
public final class ResilientConversationStore implements ConversationStore {

    private static final Logger LOG = Logger.getLogger(ResilientConversationStore.class);

    private final ConversationStore redis;
    private final InMemoryConversationStore memory;
    private final Duration retryInterval;
    private final ThrottledWarnings warnings = new ThrottledWarnings(LOG, 6);
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile long retryAtNanos;

    public ResilientConversationStore(ConversationStore redis, InMemoryConversationStore memory, Duration retryInterval) {
        this.redis = redis;
        this.memory = memory;
        this.retryInterval = retryInterval;
    }

    /** Whether Redis answered the last time it was asked. */
    public boolean redisAvailable() {
        return !down.get();
    }

    @Override
    public Optional<Conversation> find(String id) {
        return either(() -> {
            Optional<Conversation> kept = memory.find(id);
            if (kept.isPresent()) {
                moveToRedis(kept.get());
                return kept;
            }
            return redis.find(id);
        }, () -> memory.find(id));
    }

    @Override
    public void save(Conversation conversation) {
        either(() -> {
            moveToRedis(conversation);
            return null;
        }, () -> {
            memory.save(conversation);
            return null;
        });
    }

    @Override
    public Optional<Conversation> update(String id, UnaryOperator<Conversation> change) {
        return either(() -> {
            memory.find(id).ifPresent(this::moveToRedis);
            return redis.update(id, change);
        }, () -> memory.update(id, change));
    }

    /** Stores the conversation in Redis, then forgets any copy kept in memory during an outage. */
    private void moveToRedis(Conversation conversation) {
        redis.save(conversation);
        memory.take(conversation.id());
    }

    /** Does it in Redis if Redis is up (or due to be tried again), else, or if Redis fails, in memory. */
    private <T> T either(Supplier<T> inRedis, Supplier<T> inMemory) {
        if (down.get() && System.nanoTime() - retryAtNanos < 0) {
            return inMemory.get();
        }
        try {
            T result = inRedis.get();
            if (down.get()) {
                recovered();
            }
            return result;
        } catch (RuntimeException e) {
            failed(e);
            return inMemory.get();
        }
    }

    private void failed(RuntimeException e) {
        retryAtNanos = System.nanoTime() + retryInterval.toNanos();
        down.set(true);
        warnings.warn("Redis unavailable, conversations are kept in memory until it answers again: %s: %s",
                e.getClass().getSimpleName(), e.getMessage());
    }

    /**
     * Redis answered a readiness check: conversations kept in memory during an outage go back to it now, not only
     * at the next question after the retry interval (a visitor who has stopped asking would otherwise stay in
     * this instance's memory).
     */
    public void redisAnswers() {
        if (down.get()) {
            recovered();
        }
    }

    /** Redis answered again: the conversations kept in memory meanwhile go back to it. */
    private void recovered() {
        List<Conversation> kept = memory.drain();
        try {
            kept.forEach(redis::save);
        } catch (RuntimeException e) {
            kept.forEach(memory::save);
            failed(e);
            return;
        }
        if (down.compareAndSet(true, false)) {
            LOG.infof("Redis answers again; %d conversation(s) kept in memory meanwhile were written back", kept.size());
        }
    }
}
