package gov.longhua.assistant.channels.console.store;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.keys.KeyCommands;
import io.quarkus.redis.datasource.list.ListCommands;
import io.quarkus.redis.datasource.value.ValueCommands;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Staff data in Redis, shared by every instance: a document is a string value under {@code prefix + name}, a
 * log a list under {@code prefix + "log:" + name}, and {@link #exclusively} holds a lock key (set if absent,
 * with an expiry so that a crashed instance cannot hold it for ever). Durability is Redis's: run it with
 * append-only persistence (docs/operations.md).
 */
public final class RedisStaffStorage implements StaffStorage {

    private static final Duration LOCK_EXPIRY = Duration.ofSeconds(60);
    private static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    private final ValueCommands<String, String> values;
    private final ListCommands<String, String> lists;
    private final KeyCommands<String> keys;
    private final String prefix;

    public RedisStaffStorage(RedisDataSource redis, String prefix) {
        this.values = redis.value(String.class);
        this.lists = redis.list(String.class);
        this.keys = redis.key();
        this.prefix = prefix;
    }

    @Override
    public Optional<String> read(String document) {
        return Optional.ofNullable(values.get(prefix + document));
    }

    @Override
    public void write(String document, String json) {
        values.set(prefix + document, json);
    }

    @Override
    public long append(String log, String json) {
        return lists.rpush(prefix + "log:" + log, json);
    }

    @Override
    public List<String> log(String log, long from) {
        return lists.lrange(prefix + "log:" + log, from, -1);
    }

    @Override
    public long size(String log) {
        return lists.llen(prefix + "log:" + log);
    }

    @Override
    public <T> T exclusively(String name, Supplier<T> action) {
        String key = prefix + "lock:" + name;
        String token = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (!Boolean.TRUE.equals(values.setnx(key, token))) {
            if (keys.pttl(key) == -1) {
                keys.pexpire(key, LOCK_EXPIRY.toMillis());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("another instance holds '" + name + "'; try again");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for '" + name + "'", e);
            }
        }
        keys.pexpire(key, LOCK_EXPIRY.toMillis());
        try {
            return action.get();
        } finally {
            if (token.equals(values.get(key))) {
                keys.del(key);
            }
        }
    }

    @Override
    public String describe() {
        return "Redis keys " + prefix + "*";
    }
}
