package gov.longhua.assistant.channels.console;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Signs staff in (HTTP Basic) against the staff accounts: the password is checked against its bcrypt hash,
 * and the identity carries the account's roles. A failure is audited ({@code sign-in-failed}, with the name
 * tried and the client's address) and counted by the {@link SignInThrottle}; {@link SignInGuard} refuses
 * sign-ins while a name or address is locked. Replaced by an identity provider such as OIDC in a deployment
 * that has one (docs/console.md).
 */
@ApplicationScoped
class StaffIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final StaffAccounts accounts;
    private final SignInThrottle throttle;
    private final AuditLog audit;

    StaffIdentityProvider(StaffAccounts accounts, SignInThrottle throttle, AuditLog audit) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String name = SignInGuard.accountKey(request.getUsername());
        String address = address(request);
        return context.runBlocking(() -> {
            Optional<StaffAccount> account = accounts.verify(request.getUsername(),
                    new String(request.getPassword().getPassword()));
            if (account.isEmpty()) {
                boolean locked = throttle.failed(name, address);
                audit.record(name, "sign-in-failed", address, locked ? "locked for a while" : null);
                throw new AuthenticationFailedException();
            }
            throttle.succeeded(name);
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(account.get().name()));
            account.get().roles().forEach(role -> identity.addRole(role.code()));
            return identity.build();
        });
    }

    private static String address(UsernamePasswordAuthenticationRequest request) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        return http == null ? "unknown" : SignInGuard.address(http);
    }
}
