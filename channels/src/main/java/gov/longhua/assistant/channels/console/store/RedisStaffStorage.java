package gov.longhua.assistant.channels.console.store;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.list.ListCommands;
import io.quarkus.redis.datasource.value.ValueCommands;
import io.vertx.mutiny.redis.client.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Staff data in Redis, shared by every instance: a document is a string value under {@code prefix + name}, a
 * log a list under {@code prefix + "log:" + name}, and {@link #exclusively} holds a lock key (set if absent
 * with an expiry in one command, so that a crashed instance cannot hold it for ever; removed only by its holder,
 * checked and deleted in one script). Durability is Redis's: run it with append-only persistence
 * (docs/console.md).
 */
public final class RedisStaffStorage implements StaffStorage {

    private static final Duration LOCK_EXPIRY = Duration.ofSeconds(60);
    private static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    /** Deletes the lock only if it still holds this holder's token. */
    private static final String RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then "
            + "return redis.call('del', KEYS[1]) else return 0 end";

    private final RedisDataSource redis;
    private final ValueCommands<String, String> values;
    private final ListCommands<String, String> lists;
    private final String prefix;

    public RedisStaffStorage(RedisDataSource redis, String prefix) {
        this.redis = redis;
        this.values = redis.value(String.class);
        this.lists = redis.list(String.class);
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
    public void dropFirst(String log, long count) {
        if (count > 0) {
            lists.ltrim(prefix + "log:" + log, count, -1);
        }
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
        while (!acquire(key, token)) {
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
        try {
            return action.get();
        } finally {
            redis.execute("EVAL", RELEASE, "1", key, token);
        }
    }

    private boolean acquire(String key, String token) {
        Response reply = redis.execute("SET", key, token, "NX", "PX", String.valueOf(LOCK_EXPIRY.toMillis()));
        return reply != null && "OK".equals(reply.toString());
    }

    @Override
    public String describe() {
        return "Redis keys " + prefix + "*";
    }
}
