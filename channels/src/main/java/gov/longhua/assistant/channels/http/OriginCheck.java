package gov.longhua.assistant.channels.http;

import gov.longhua.assistant.channels.config.AssistantConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cross-site request forgery and cross-site WebSocket hijacking defence for the staff console (OWASP ASVS
 * 4.2.2, 13.2.3): a staff request that changes something ({@code POST}, {@code PUT}, {@code PATCH},
 * {@code DELETE}) or opens {@code /staff/ws} and carries an {@code Origin} header is let through only when that
 * origin is the application's own (the host the request was sent to) or one of
 * {@code assistant.http.allowed-origins}; otherwise {@code 403} with a message in Chinese and English.
 * Browsers always send {@code Origin} on such requests; a request without one (a script, curl) is not a
 * browser's and is let through to sign-in as usual.
 */
@ApplicationScoped
class OriginCheck {

    /** Runs before sign-in. */
    static final int PRIORITY = 10_000;
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Set<String> allowed;

    OriginCheck(AssistantConfig config) {
        this.allowed = config.http().allowedOrigins().orElse(List.of()).stream().map(OriginCheck::normalised)
                .collect(Collectors.toUnmodifiableSet());
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext http) {
        String path = http.normalizedPath();
        boolean staff = path.equals("/staff") || path.startsWith("/staff/");
        boolean guarded = staff && (!SAFE.contains(http.request().method()) || path.equals("/staff/ws"));
        String origin = http.request().getHeader(HttpHeaders.ORIGIN);
        if (!guarded || origin == null || allowed(origin, http.request().authority() == null ? null
                : http.request().authority().toString())) {
            http.next();
            return;
        }
        http.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .end("请求来源 " + origin + " 不被允许：请从工作台页面本身操作。\n"
                        + "Origin " + origin + " is not allowed: use the staff console itself "
                        + "(or add the origin to assistant.http.allowed-origins).\n");
    }

    private boolean allowed(String origin, String authority) {
        String normalised = normalised(origin);
        if (allowed.contains(normalised)) {
            return true;
        }
        try {
            URI uri = URI.create(normalised);
            return authority != null && uri.getScheme() != null && uri.getRawAuthority() != null
                    && uri.getRawAuthority().equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalised(String origin) {
        String text = origin.strip().toLowerCase(Locale.ROOT);
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
