package gov.longhua.assistant.channels.console;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Refuses a staff sign-in while its account name or its address is locked by the {@link SignInThrottle}:
 * {@code 429} with {@code Retry-After} and a message in Chinese and English, before the password is checked
 * (so a locked name cannot be guessed at, even with the right password). The address is the client's as
 * Quarkus sees it (behind a proxy: {@code quarkus.http.proxy.proxy-address-forwarding}).
 */
@ApplicationScoped
class SignInGuard {

    /** Runs before authentication. */
    static final int PRIORITY = 9_000;
    private static final int MAX_NAME = 64;

    private final SignInThrottle throttle;

    SignInGuard(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext http) {
        Optional<String> name = basicUser(http.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (name.isEmpty()) {
            http.next();
            return;
        }
        Optional<Duration> locked = throttle.locked(accountKey(name.get()), address(http));
        if (locked.isEmpty()) {
            http.next();
            return;
        }
        long seconds = Math.max(1, locked.get().toSeconds() + (locked.get().toNanosPart() > 0 ? 1 : 0));
        http.response().setStatusCode(429).putHeader("Retry-After", String.valueOf(seconds))
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .end("登录失败次数过多，请 " + seconds + " 秒后再试。\nToo many failed sign-ins; try again in " + seconds
                        + " seconds.\n");
    }

    /** The name of an HTTP Basic {@code Authorization} header. */
    static Optional<String> basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** How a tried name is counted and audited: as given, cut to a sane length. */
    static String accountKey(String name) {
        String key = name == null ? "" : name.strip();
        return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
    }

    static String address(RoutingContext http) {
        return http.request().remoteAddress() == null ? "unknown" : http.request().remoteAddress().hostAddress();
    }
}
