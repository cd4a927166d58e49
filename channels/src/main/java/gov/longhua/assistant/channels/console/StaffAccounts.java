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
    static final int MIN_PASSWORD = 10;

    private final StoredList<StaffAccount> accounts;
    private final Clock clock;
    private final AuditLog audit;

    StaffAccounts(StaffStorage storage, Json json, Clock clock, AuditLog audit) {
        this.accounts = new StoredList<>(storage, json, DOCUMENT, new TypeReference<>() {
        });
        this.clock = clock;
        this.audit = audit;
    }

    /** Creates the initial accounts if there is no account at all. */
    void bootstrap(Map<String, Set<StaffRole>> roles, Map<String, String> passwords) {
        List<StaffAccount> created = accounts.update(list -> {
            List<StaffAccount> added = new ArrayList<>();
            if (list.isEmpty()) {
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

    /** The account if the password is its password. */
    public Optional<StaffAccount> verify(String name, String password) {
        return find(name).filter(account -> BcryptUtil.matches(password, account.passwordHash()));
    }

    /** Creates or replaces an account (an admin's action). */
    public StaffAccount put(String name, String password, Set<StaffRole> roles, String by) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ConsoleException("name", "2–40 letters, digits, '.', '_' or '-'");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new ConsoleException("password", "at least " + MIN_PASSWORD + " characters");
        }
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
