package gov.longhua.assistant.channels.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.longhua.assistant.core.conversation.Conversation;
import gov.longhua.assistant.core.conversation.ConversationStore;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.redis.datasource.value.ValueCommands;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;

/**
 * Conversations in Redis, one JSON value per conversation under {@code prefix + id}, expiring after the idle
 * timeout (renewed on every write, as the in-memory store does), so that every instance of the assistant
 * shares them.
 */
public final class RedisConversationStore implements ConversationStore {

    private final ValueCommands<String, String> values;
    private final ObjectMapper json;
    private final String prefix;
    private final Duration idleTimeout;

    public RedisConversationStore(RedisDataSource redis, ObjectMapper json, String prefix, Duration idleTimeout) {
        this.values = redis.value(String.class);
        this.json = json;
        this.prefix = prefix;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public Optional<Conversation> find(String id) {
        String stored = values.get(prefix + id);
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(stored, Conversation.class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("conversation " + id + " in Redis is not readable", e);
        }
    }

    @Override
    public void save(Conversation conversation) {
        try {
            values.set(prefix + conversation.id(), json.writeValueAsString(conversation),
                    new SetArgs().px(idleTimeout));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("conversation " + conversation.id() + " cannot be written", e);
        }
    }
}
