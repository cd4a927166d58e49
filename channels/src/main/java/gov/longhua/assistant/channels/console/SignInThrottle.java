package gov.longhua.assistant.channels.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Back-off after failed sign-ins (OWASP ASVS 2.2.1), counted per account name (known or not, so that a lock
 * says nothing about which accounts exist) and per client address. After {@code maxFailures} failures within
 * {@code maxLock} of each other the name or address is locked for {@code lock}, doubled for every further
 * failure up to {@code maxLock}; a successful sign-in clears the account's count. Counts live in this instance.
 */
final class SignInThrottle {

    /** The settings: failures allowed per account and per address, the first and the longest lock. */
    record Limits(int maxAccountFailures, int maxAddressFailures, Duration lock, Duration maxLock) {

        Limits {
            if (maxAccountFailures < 1 || maxAddressFailures < 1 || lock.isNegative() || maxLock.compareTo(lock) < 0) {
                throw new IllegalArgumentException("sign-in limits: failures at least 1, max-lock not below lock");
            }
        }
    }

    /** Failures counted for one name or address. */
    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private static final int FORGET_ABOVE = 10_000;

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    SignInThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long the account or the address is still locked for; empty when neither is. */
    Optional<Duration> locked(String account, String address) {
        Instant now = clock.instant();
        Instant until = later(until(accounts.get(account)), until(addresses.get(address)));
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /**
     * Counts a failed sign-in.
     *
     * @return whether this failure locked the account or the address (the first failure over a limit)
     */
    boolean failed(String account, String address) {
        forgetOld();
        Failures byAccount = accounts.compute(account, (k, f) -> count(f, limits.maxAccountFailures()));
        Failures byAddress = addresses.compute(address, (k, f) -> count(f, limits.maxAddressFailures()));
        return byAccount.count() == limits.maxAccountFailures() || byAddress.count() == limits.maxAddressFailures();
    }

    void succeeded(String account) {
        accounts.remove(account);
    }

    private Failures count(Failures before, int max) {
        Instant now = clock.instant();
        int count = before == null || forgotten(before, now) ? 1 : before.count() + 1;
        Instant lockedUntil = null;
        if (count >= max) {
            int doublings = Math.min(count - max, 30);
            Duration lock = limits.lock().multipliedBy(1L << doublings);
            lockedUntil = now.plus(lock.compareTo(limits.maxLock()) > 0 ? limits.maxLock() : lock);
        }
        return new Failures(count, now, lockedUntil);
    }

    private boolean forgotten(Failures failures, Instant now) {
        return failures.last().plus(limits.maxLock()).isBefore(now)
                && (failures.lockedUntil() == null || failures.lockedUntil().isBefore(now));
    }

    /** Keeps the maps small when many names or addresses are tried. */
    private void forgetOld() {
        if (accounts.size() + addresses.size() > FORGET_ABOVE) {
            Instant now = clock.instant();
            accounts.values().removeIf(f -> forgotten(f, now));
            addresses.values().removeIf(f -> forgotten(f, now));
        }
    }

    private static Instant until(Failures failures) {
        return failures == null ? null : failures.lockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
