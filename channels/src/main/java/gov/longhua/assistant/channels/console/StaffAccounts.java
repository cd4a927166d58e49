package gov.longhua.assistant.channels.console;

import com.fasterxml.jackson.core.type.TypeReference;
import gov.longhua.assistant.channels.console.store.StaffStorage;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The staff accounts, kept as one document in the staff storage with bcrypt-hashed passwords. Accounts are
 * created by an admin in the console, or from the configuration's initial users when none exists yet.
 */
public final class StaffAccounts {

    private static final String DOCUMENT = "accounts";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{2,40}");
    /**
     * A bcrypt hash (of a random password, at the cost of every stored hash) that an unknown name's password is
     * checked against, so that a sign-in takes as long whether the account exists or not.
     */
    private static final String UNKNOWN_ACCOUNT_HASH = BcryptUtil.bcryptHash(java.util.UUID.randomUUID().toString());

    private final StoredList<StaffAccount> accounts;
    private final Clock clock;
    private final AuditLog audit;

    StaffAccounts(StaffStorage storage, Json json, Clock clock, AuditLog audit) {
        this.accounts = new StoredList<>(storage, json, DOCUMENT, new TypeReference<>() {
        });
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Creates the initial accounts if there is no account at all.
     *
     * @throws IllegalStateException naming the setting when a password breaks the {@link PasswordPolicy}
     */
    void bootstrap(Map<String, Set<StaffRole>> roles, Map<String, String> passwords) {
        List<StaffAccount> created = accounts.update(list -> {
            List<StaffAccount> added = new ArrayList<>();
            if (list.isEmpty()) {
                passwords.forEach((name, password) -> PasswordPolicy.problem(name, password).ifPresent(problem -> {
                    throw new IllegalStateException("assistant.staff.initial-users." + name + ".password: " + problem);
                }));
                roles.forEach((name, granted) -> added.add(new StaffAccount(name,
                        BcryptUtil.bcryptHash(passwords.get(name)), granted, clock.instant(), "configuration")));
                list.addAll(added);
            }
            return added;
        });
        created.forEach(a -> audit.record("configuration", "account-created", a.name(), String.valueOf(a.roles())));
    }

    public List<StaffAccount> all() {
        return accounts.all();
    }

    public Optional<StaffAccount> find(String name) {
        return all().stream().filter(account -> account.name().equals(name)).findFirst();
    }

    /**
     * The account if the password is its password. An unknown name costs the same bcrypt check as a known one.
     */
    public Optional<StaffAccount> verify(String name, String password) {
        Optional<StaffAccount> account = find(name);
        boolean matches = BcryptUtil.matches(password, account.map(StaffAccount::passwordHash).orElse(UNKNOWN_ACCOUNT_HASH));
        return matches ? account : Optional.empty();
    }

    /** Creates or replaces an account (an admin's action). */
    public StaffAccount put(String name, String password, Set<StaffRole> roles, String by) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ConsoleException("name", "2–40 letters, digits, '.', '_' or '-'");
        }
        PasswordPolicy.problem(name, password).ifPresent(problem -> {
            throw new ConsoleException("password", problem);
        });
        if (roles == null || roles.isEmpty()) {
            throw new ConsoleException("roles", "give at least one of editor, reviewer, admin");
        }
        StaffAccount saved = accounts.update(list -> {
            list.removeIf(account -> account.name().equals(name));
            StaffAccount account = new StaffAccount(name, BcryptUtil.bcryptHash(password), roles, clock.instant(), by);
            list.add(account);
            list.sort(Comparator.comparing(StaffAccount::name));
            return account;
        });
        audit.record(by, "account-saved", name, String.valueOf(roles));
        return saved;
    }

    /** Removes an account; the last admin cannot be removed. */
    public void remove(String name, String by) {
        accounts.update(list -> {
            StaffAccount account = list.stream().filter(a -> a.name().equals(name)).findFirst()
                    .orElseThrow(() -> new ConsoleException(404, List.of(new ConsoleException.Problem("name",
                            "no account '" + name + "'"))));
            list.remove(account);
            if (account.roles().contains(StaffRole.ADMIN)
                    && list.stream().noneMatch(a -> a.roles().contains(StaffRole.ADMIN))) {
                throw new ConsoleException("name", "'" + name + "' is the last admin; add another admin first");
            }
            return null;
        });
        audit.record(by, "account-removed", name, null);
    }
}
