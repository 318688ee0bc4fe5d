package vn.tiendo.user;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Repeated failed sign-ins for one account or from one client address are refused for a while (429 with
 * Retry-After). Counted in PostgreSQL, in transactions of their own, so a failed login's rollback keeps the count
 * and every replica sees the same numbers.
 */
@ApplicationScoped
public class LoginThrottle {
    @Inject
    EntityManager em;
    @ConfigProperty(name = "tiendo.login.max-failures-per-account", defaultValue = "5")
    int maxPerAccount;
    @ConfigProperty(name = "tiendo.login.max-failures-per-address", defaultValue = "30")
    int maxPerAddress;
    @ConfigProperty(name = "tiendo.login.window", defaultValue = "PT15M")
    Duration window;
    @ConfigProperty(name = "tiendo.login.lockout", defaultValue = "PT15M")
    Duration lockout;

    public static String accountKey(String username) {
        return "user:" + username.strip().toLowerCase();
    }

    public static String addressKey(String address) {
        return "ip:" + address;
    }

    /** Seconds until these keys may try again, or 0. */
    public long retryAfter(List<String> keys, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            long wait = 0;
            for (String key : keys) {
                List<?> until = em.createNativeQuery("SELECT locked_until FROM login_throttle WHERE throttle_key = ?1 AND locked_until > ?2")
                        .setParameter(1, key).setParameter(2, now).getResultList();
                if (!until.isEmpty()) {
                    Instant u = vn.tiendo.common.SqlValues.instant(until.get(0));
                    wait = Math.max(wait, Duration.between(now, u).toSeconds() + 1);
                }
            }
            return wait;
        });
    }

    public void failed(String accountKey, String addressKey, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> {
            count(accountKey, maxPerAccount, now);
            count(addressKey, maxPerAddress, now);
        });
    }

    public void succeeded(String accountKey) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key = ?1")
                .setParameter(1, accountKey).executeUpdate());
    }

    private void count(String key, int max, Instant now) {
        em.createNativeQuery("""
                INSERT INTO login_throttle AS t (throttle_key, failures, window_start) VALUES (?1, 1, ?2)
                ON CONFLICT (throttle_key) DO UPDATE SET
                    failures = CASE WHEN t.window_start < ?3 THEN 1 ELSE t.failures + 1 END,
                    window_start = CASE WHEN t.window_start < ?3 THEN ?2 ELSE t.window_start END,
                    locked_until = CASE WHEN t.window_start >= ?3 AND t.failures + 1 >= ?4 THEN CAST(?5 AS timestamptz) ELSE t.locked_until END""")
                .setParameter(1, key).setParameter(2, now).setParameter(3, now.minus(window)).setParameter(4, max)
                .setParameter(5, now.plus(lockout)).executeUpdate();
    }
}
