package gov.longhua.assistant.channels.http;

import gov.longhua.assistant.channels.config.AssistantConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Security headers on every response (OWASP ASVS 14.4), set as the headers are sent so that errors and
 * sign-in challenges carry them too. Staff pages and their API: a strict Content Security Policy that no site
 * may frame, {@code Cache-Control: no-store}, no referrer. Everything else (widget, kiosk, phone page, public
 * API): {@code nosniff}, a referrer policy, and a Content Security Policy whose {@code frame-ancestors} allows
 * the application itself and {@code assistant.http.embed-origins}.
 */
@ApplicationScoped
class SecurityHeaders {

    static final String STAFF_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final String publicPolicy;

    SecurityHeaders(AssistantConfig config) {
        List<String> embedders = config.http().embedOrigins().orElse(List.of());
        this.publicPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
                + "frame-ancestors 'self'" + (embedders.isEmpty() ? "" : " " + String.join(" ", embedders));
    }

    void register(@Observes Filters filters) {
        filters.register(this::add, OriginCheck.PRIORITY + 1);
    }

    private void add(RoutingContext http) {
        String path = http.normalizedPath();
        boolean staff = path.equals("/staff") || path.startsWith("/staff/");
        http.addHeadersEndHandler(ignored -> {
            MultiMap headers = http.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            if (staff) {
                headers.set("Content-Security-Policy", STAFF_POLICY);
                headers.set("X-Frame-Options", "DENY");
                headers.set("Cache-Control", "no-store");
                headers.set("Referrer-Policy", "no-referrer");
            } else {
                headers.set("Content-Security-Policy", publicPolicy);
                headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            }
        });
        http.next();
    }
}
