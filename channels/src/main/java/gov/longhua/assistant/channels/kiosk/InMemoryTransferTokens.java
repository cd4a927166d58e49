package gov.longhua.assistant.channels.kiosk;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Transfer tokens in this process, for one instance (the embedded default). */
final class InMemoryTransferTokens implements TransferTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private record Pending(String session, Instant expires) {
    }

    private final Map<String, Pending> tokens = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;

    InMemoryTransferTokens(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** 128 random bits, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String issue(String session) {
        Instant now = clock.instant();
        tokens.values().removeIf(pending -> pending.expires().isBefore(now));
        String token = newToken();
        tokens.put(token, new Pending(session, now.plus(ttl)));
        return token;
    }

    @Override
    public Optional<String> redeem(String token) {
        Pending pending = token == null ? null : tokens.remove(token);
        return pending == null || pending.expires().isBefore(clock.instant()) ? Optional.empty()
                : Optional.of(pending.session());
    }

    @Override
    public void revoke(String session) {
        tokens.values().removeIf(pending -> pending.session().equals(session));
    }
}
