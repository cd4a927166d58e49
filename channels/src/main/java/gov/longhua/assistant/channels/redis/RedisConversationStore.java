package gov.longhua.assistant.channels.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.longhua.assistant.core.conversation.Conversation;
import gov.longhua.assistant.core.conversation.ConversationStore;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.transactions.OptimisticLockingTransactionResult;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.redis.datasource.value.ValueCommands;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ConcurrentModificationException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Conversations in Redis, one JSON value per conversation under {@code prefix + id}, expiring after the idle
 * timeout (renewed on every write, as the in-memory store does), so that every instance of the assistant
 * shares them. An update is optimistic (WATCH, read, change, MULTI/SET/EXEC) and tried again if the
 * conversation changed in between.
 */
public final class RedisConversationStore implements ConversationStore {

    /** How often an update is tried when the conversation keeps changing under it. */
    private static final int UPDATE_ATTEMPTS = 50;

    private final RedisDataSource redis;
    private final ValueCommands<String, String> values;
    private final ObjectMapper json;
    private final String prefix;
    private final Duration idleTimeout;

    public RedisConversationStore(RedisDataSource redis, ObjectMapper json, String prefix, Duration idleTimeout) {
        this.redis = redis;
        this.values = redis.value(String.class);
        this.json = json;
        this.prefix = prefix;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public Optional<Conversation> find(String id) {
        return Optional.ofNullable(values.get(prefix + id)).map(stored -> read(id, stored));
    }

    @Override
    public void save(Conversation conversation) {
        values.set(prefix + conversation.id(), write(conversation), new SetArgs().px(idleTimeout));
    }

    @Override
    public Optional<Conversation> update(String id, UnaryOperator<Conversation> change) {
        String key = prefix + id;
        for (int attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
            OptimisticLockingTransactionResult<Optional<Conversation>> result = redis.withTransaction(
                    watched -> Optional.ofNullable(watched.value(String.class).get(key))
                            .map(stored -> change.apply(read(id, stored))),
                    (changed, tx) -> {
                        if (changed.isEmpty()) {
                            tx.discard();
                        } else {
                            tx.value(String.class).set(key, write(changed.get()), new SetArgs().px(idleTimeout));
                        }
                    }, key);
            Optional<Conversation> changed = result.getPreTransactionResult();
            if (changed.isEmpty()) {
                return Optional.empty();
            }
            if (!result.discarded()) {
                return changed;
            }
        }
        throw new ConcurrentModificationException("conversation " + id + " kept changing; "
                + UPDATE_ATTEMPTS + " attempts to update it failed");
    }

    private Conversation read(String id, String stored) {
        try {
            return json.readValue(stored, Conversation.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("conversation " + id + " in Redis is not readable", e);
        }
    }

    private String write(Conversation conversation) {
        try {
            return json.writeValueAsString(conversation);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("conversation " + conversation.id() + " cannot be written", e);
        }
    }
}
