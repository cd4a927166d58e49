package gov.longhua.assistant.channels.console;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signs staff in (HTTP Basic) against the staff accounts: the password is checked against its bcrypt hash,
 * and the identity carries the account's roles. Replaced by an identity provider such as OIDC in a deployment
 * that has one (docs/operations.md).
 */
@ApplicationScoped
class StaffIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final StaffAccounts accounts;

    StaffIdentityProvider(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> accounts
                .verify(request.getUsername(), new String(request.getPassword().getPassword()))
                .map(account -> {
                    QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                            .setPrincipal(new QuarkusPrincipal(account.name()));
                    account.roles().forEach(role -> identity.addRole(role.code()));
                    return (SecurityIdentity) identity.build();
                })
                .orElseThrow(AuthenticationFailedException::new));
    }
}
