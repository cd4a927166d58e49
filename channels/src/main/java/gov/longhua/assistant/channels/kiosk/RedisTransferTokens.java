package gov.longhua.assistant.channels.kiosk;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.keys.KeyCommands;
import io.quarkus.redis.datasource.set.SetCommands;
import io.quarkus.redis.datasource.value.ValueCommands;
import java.time.Duration;
import java.util.Optional;

/**
 * Transfer tokens in Redis, shared by every instance, so a phone may redeem on any instance a token a kiosk got
 * from another: {@code <prefix><token>} holds the session with the time to live as expiry and is read and
 * deleted in one command ({@code GETDEL}); {@code <prefix>session:<id>} lists a session's tokens for revoking.
 */
final class RedisTransferTokens implements TransferTokens {

    private final ValueCommands<String, String> values;
    private final SetCommands<String, String> sets;
    private final KeyCommands<String> keys;
    private final String prefix;
    private final Duration ttl;

    RedisTransferTokens(RedisDataSource redis, String prefix, Duration ttl) {
        this.values = redis.value(String.class);
        this.sets = redis.set(String.class);
        this.keys = redis.key();
        this.prefix = prefix;
        this.ttl = ttl;
    }

    @Override
    public String issue(String session) {
        String token = InMemoryTransferTokens.newToken();
        values.setex(prefix + token, ttl.toSeconds(), session);
        sets.sadd(prefix + "session:" + session, token);
        keys.expire(prefix + "session:" + session, ttl);
        return token;
    }

    @Override
    public Optional<String> redeem(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(values.getdel(prefix + token));
    }

    @Override
    public void revoke(String session) {
        String tokensOf = prefix + "session:" + session;
        for (String token : sets.smembers(tokensOf)) {
            keys.del(prefix + token);
        }
        keys.del(tokensOf);
    }
}
