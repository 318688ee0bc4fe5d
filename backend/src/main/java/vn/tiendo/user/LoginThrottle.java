package vn.tiendo.user;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.tiendo.common.AppClock;
import vn.tiendo.common.SqlValues;

/**
 * Sign-ins for one account and from one client address are slowed, then refused. Every attempt is counted before
 * the password is checked (a success takes it back), so a burst of parallel guesses is counted too. Past
 * {@code slow-after} unresolved attempts each further one waits, doubling from {@code delay-step} up to
 * {@code max-delay}; at {@code max-failures} the key is locked (429 with Retry-After) for {@code lockout}. The counts
 * live in PostgreSQL, written in short transactions of their own, so every replica agrees and no transaction or row
 * lock is held while an attempt waits. At most {@code max-waiting} attempts wait at once; the others are refused at
 * once, so slowing cannot be turned into tying up the server's threads.
 */
@ApplicationScoped
public class LoginThrottle {
    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    SignInConfig config;

    private Semaphore waiting;

    @PostConstruct
    void init() {
        waiting = new Semaphore(Math.max(0, config.maxWaiting()));
    }

    public static String accountKey(String username) {
        return "user:" + username.strip().toLowerCase();
    }

    public static String addressKey(String address) {
        return "ip:" + address;
    }

    /** What an attempt may do: wait this long and go on, or be refused for this many seconds. */
    public record Decision(Duration delay, long retryAfterSeconds) {}

    /** Counts an attempt, then refuses it (429) or lets it go on after its delay; call with no transaction open. */
    public void admit(String accountKey, String addressKey) {
        Decision d = claim(accountKey, addressKey);
        if (d.retryAfterSeconds() > 0) {
            throw new UserService.TooManyAttempts(d.retryAfterSeconds());
        }
        if (d.delay().isZero()) {
            return;
        }
        if (!waiting.tryAcquire()) {
            throw new UserService.TooManyAttempts(1);
        }
        try {
            Thread.sleep(d.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserService.TooManyAttempts(1);
        } finally {
            waiting.release();
        }
    }

    /** Counts the attempt for both keys (unless one is locked) and says what it may do. */
    public Decision claim(String accountKey, String addressKey) {
        Instant now = clock.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            long locked = Math.max(lockedFor(accountKey, now), lockedFor(addressKey, now));
            if (locked > 0) {
                return new Decision(Duration.ZERO, locked);
            }
            long[] account = count(accountKey, config.maxFailuresPerAccount(), now);
            long[] address = count(addressKey, config.maxFailuresPerAddress(), now);
            long refused = Math.max(account[1], address[1]);
            if (refused > 0) {
                return new Decision(Duration.ZERO, refused);
            }
            Duration delay = max(
                    delayFor(account[0] - 1, config.slowAfterPerAccount()),
                    delayFor(address[0] - 1, config.slowAfterPerAddress()));
            return new Decision(delay, 0);
        });
    }

    /** The wait before an attempt that follows this many unresolved ones. */
    Duration delayFor(long earlier, int slowAfter) {
        if (earlier < slowAfter) {
            return Duration.ZERO;
        }
        long doublings = Math.min(earlier - slowAfter, 20);
        Duration d = config.delayStep().multipliedBy(1L << doublings);
        return d.compareTo(config.maxDelay()) > 0 ? config.maxDelay() : d;
    }

    /** The password was wrong: the attempt stays counted, and a key that reached its limit is locked. */
    public void failed(String accountKey, String addressKey) {
        Instant until = clock.now().plus(config.lockout());
        QuarkusTransaction.requiringNew().run(() -> {
            lockIfReached(accountKey, config.maxFailuresPerAccount(), until);
            lockIfReached(addressKey, config.maxFailuresPerAddress(), until);
        });
    }

    /** Signed in: the account starts afresh and the address gets this attempt back. Call in a transaction. */
    public void succeeded(String accountKey, String addressKey) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key = ?1")
                .setParameter(1, accountKey)
                .executeUpdate();
        em.createNativeQuery(
                        "UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE throttle_key = ?1 AND locked_until IS NULL")
                .setParameter(1, addressKey)
                .executeUpdate();
    }

    private long lockedFor(String key, Instant now) {
        List<?> until = em.createNativeQuery(
                        "SELECT locked_until FROM login_throttle WHERE throttle_key = ?1 AND locked_until > ?2")
                .setParameter(1, key)
                .setParameter(2, now)
                .getResultList();
        return until.isEmpty() ? 0 : secondsUntil(SqlValues.instant(until.get(0)), now);
    }

    /**
     * Counts one attempt; answers {attempts in the window including this one, seconds locked}. A served lock or an
     * old window starts the count again; an attempt beyond the limit (a parallel burst) locks the key at once.
     */
    private long[] count(String key, int max, Instant now) {
        Object[] r = (Object[]) em.createNativeQuery(
                        """
                INSERT INTO login_throttle AS t (throttle_key, failures, window_start) VALUES (?1, 1, ?2)
                ON CONFLICT (throttle_key) DO UPDATE SET
                    failures = CASE WHEN t.locked_until > ?2 THEN t.failures
                        WHEN t.locked_until IS NOT NULL OR t.window_start < ?3 THEN 1 ELSE t.failures + 1 END,
                    window_start = CASE WHEN t.locked_until > ?2 THEN t.window_start
                        WHEN t.locked_until IS NOT NULL OR t.window_start < ?3 THEN ?2 ELSE t.window_start END,
                    locked_until = CASE WHEN t.locked_until > ?2 THEN t.locked_until
                        WHEN t.locked_until IS NULL AND t.window_start >= ?3 AND t.failures >= ?4 THEN CAST(?5 AS timestamptz)
                        ELSE NULL END
                RETURNING failures, locked_until""")
                .setParameter(1, key)
                .setParameter(2, now)
                .setParameter(3, now.minus(config.window()))
                .setParameter(4, max)
                .setParameter(5, now.plus(config.lockout()))
                .getSingleResult();
        Instant until = SqlValues.instant(r[1]);
        return new long[] {((Number) r[0]).longValue(), until == null ? 0 : secondsUntil(until, now)};
    }

    private void lockIfReached(String key, int max, Instant until) {
        em.createNativeQuery(
                        "UPDATE login_throttle SET locked_until = ?3 WHERE throttle_key = ?1 AND failures >= ?2 AND locked_until IS NULL")
                .setParameter(1, key)
                .setParameter(2, max)
                .setParameter(3, until)
                .executeUpdate();
    }

    private static long secondsUntil(Instant until, Instant now) {
        return Duration.between(now, until).toSeconds() + 1;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
