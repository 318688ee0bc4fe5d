package vn.tiendo.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Idempotency records live in PostgreSQL, so every replica agrees. Claiming a key is an INSERT on the
 * (caller, key) primary key in its own transaction: of two concurrent requests exactly one claims it.
 */
@ApplicationScoped
public class IdempotencyStore {
    /** Kept at least this long (the issue asks for 24 h). */
    static final Duration RETENTION = Duration.ofHours(48);
    /** A claim older than this whose request never finished (the process died) may be taken over. */
    static final Duration ABANDONED = Duration.ofMinutes(10);

    public record Stored(String state, String requestHash, Integer status, String type, String body, String etag) {}

    @Inject
    EntityManager em;

    /** True when this request claimed the key; otherwise the record that holds it. */
    public Optional<Stored> claim(String caller, String key, String hash, String method, String path, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = em.createNativeQuery(
                            """
                    INSERT INTO idempotency_record (caller, idem_key, request_hash, method, path, state, created_at)
                    VALUES (:caller, :key, :hash, :method, :path, 'IN_PROGRESS', :now) ON CONFLICT DO NOTHING""")
                    .setParameter("caller", caller)
                    .setParameter("key", key)
                    .setParameter("hash", hash)
                    .setParameter("method", method)
                    .setParameter("path", path)
                    .setParameter("now", now)
                    .executeUpdate();
            if (inserted == 1) {
                return Optional.<Stored>empty();
            }
            int takenOver = em.createNativeQuery(
                            """
                    UPDATE idempotency_record SET created_at = :now WHERE caller = :caller AND idem_key = :key
                      AND state = 'IN_PROGRESS' AND request_hash = :hash AND created_at < :abandoned""")
                    .setParameter("now", now)
                    .setParameter("caller", caller)
                    .setParameter("key", key)
                    .setParameter("hash", hash)
                    .setParameter("abandoned", now.minus(ABANDONED))
                    .executeUpdate();
            if (takenOver == 1) {
                return Optional.<Stored>empty();
            }
            Object[] r = (Object[]) em.createNativeQuery(
                            """
                    SELECT state, request_hash, response_status, response_type, response_body, response_etag
                    FROM idempotency_record WHERE caller = :caller AND idem_key = :key""")
                    .setParameter("caller", caller)
                    .setParameter("key", key)
                    .getSingleResult();
            return Optional.of(new Stored(
                    (String) r[0], ((String) r[1]).trim(), (Integer) r[2], (String) r[3], (String) r[4], (String)
                            r[5]));
        });
    }

    public void complete(String caller, String key, int status, String type, String body, String etag, Instant now) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        """
                UPDATE idempotency_record SET state = 'DONE', response_status = :status, response_type = :type, response_body = :body,
                       response_etag = :etag, completed_at = :now WHERE caller = :caller AND idem_key = :key""")
                .setParameter("status", status)
                .setParameter("type", type)
                .setParameter("body", body)
                .setParameter("etag", etag)
                .setParameter("now", now)
                .setParameter("caller", caller)
                .setParameter("key", key)
                .executeUpdate());
    }

    /** The request failed in a way worth retrying (a server error): free the key. */
    public void release(String caller, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "DELETE FROM idempotency_record WHERE caller = :caller AND idem_key = :key AND state = 'IN_PROGRESS'")
                .setParameter("caller", caller)
                .setParameter("key", key)
                .executeUpdate());
    }

    @Scheduled(every = "1h", delayed = "5m")
    void expire() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM idempotency_record WHERE created_at < :cutoff")
                        .setParameter("cutoff", Instant.now().minus(RETENTION))
                        .executeUpdate());
    }
}
