package vn.tiendo.integration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import vn.tiendo.common.SqlValues;
import vn.tiendo.common.AppClock;

/**
 * Delivers webhook events from the outbox. A replica claims due deliveries with {@code FOR UPDATE SKIP LOCKED}
 * and a short lease (committed at once, so no transaction stays open during HTTP), then posts each one signed
 * with {@code X-Tiendo-Signature: sha256=<hex HMAC-SHA256(body, secret)>}. Failures retry with exponential
 * backoff (10 s doubling, at most 1 h apart) for 48 hours; every attempt is logged.
 */
@ApplicationScoped
public class WebhookDeliverer {
    static final Duration LEASE = Duration.ofSeconds(60);
    static final Duration GIVE_UP_AFTER = Duration.ofHours(48);
    static final Duration MAX_RETRY = Duration.ofHours(1);
    /** 10 s in production; the durability script shortens it to see retries within seconds. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "tiendo.webhooks.first-retry", defaultValue = "PT10S")
    Duration firstRetry;
    private static final Logger LOG = Logger.getLogger(WebhookDeliverer.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    EntityManager em;
    @Inject
    AppClock clock;

    record Claimed(long deliveryId, int attempt, long eventId, String eventType, String payload, Instant occurredAt, String url,
            String secret, Instant createdAt) {
    }

    @Scheduled(every = "${tiendo.webhooks.poll:2s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        deliverDue(50);
    }

    /** Claims and delivers up to {@code limit} due deliveries; returns how many were attempted. */
    public int deliverDue(int limit) {
        List<Claimed> batch = claim(limit);
        for (Claimed c : batch) {
            deliver(c);
        }
        return batch.size();
    }

    @SuppressWarnings("unchecked")
    List<Claimed> claim(int limit) {
        Instant now = clock.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createNativeQuery("""
                    UPDATE webhook_delivery d SET lease_until = ?1, attempts = d.attempts + 1
                    FROM outbox_event e, webhook w
                    WHERE d.id IN (SELECT id FROM webhook_delivery WHERE state = 'PENDING' AND next_attempt_at <= ?2
                                     AND (lease_until IS NULL OR lease_until < ?2)
                                   ORDER BY next_attempt_at, id LIMIT ?3 FOR UPDATE SKIP LOCKED)
                      AND e.id = d.event_id AND w.id = d.webhook_id
                    RETURNING d.id, d.attempts, e.id, e.event_type, e.payload::text, e.created_at, w.url, w.secret, d.created_at""")
                    .setParameter(1, now.plus(LEASE)).setParameter(2, now).setParameter(3, limit).getResultList();
            return rows.stream().map(r -> new Claimed(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), ((Number) r[2]).longValue(),
                    (String) r[3], (String) r[4], SqlValues.instant(r[5]), (String) r[6], (String) r[7], SqlValues.instant(r[8])))
                    .toList();
        });
    }

    void deliver(Claimed c) {
        String body = "{\"id\":" + c.eventId + ",\"type\":\"" + c.eventType + "\",\"occurredAt\":\"" + c.occurredAt + "\",\"data\":"
                + c.payload + "}";
        Instant started = clock.now();
        long t0 = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(c.url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("User-Agent", "Tien-do-webhooks/1")
                    .header("X-Tiendo-Event-Id", String.valueOf(c.eventId)).header("X-Tiendo-Event-Type", c.eventType)
                    .header("X-Tiendo-Delivery-Attempt", String.valueOf(c.attempt))
                    .header("X-Tiendo-Timestamp", String.valueOf(started.getEpochSecond()))
                    .header("X-Tiendo-Signature", "sha256=" + sign(body, c.secret))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status >= 300) {
                error = "HTTP " + status;
            }
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        record(c, started, status, error, (int) ((System.nanoTime() - t0) / 1_000_000));
    }

    private void record(Claimed c, Instant at, Integer status, String error, int durationMs) {
        String err = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        Instant next = at.plus(backoff(firstRetry, c.attempt));
        boolean giveUp = error != null && next.isAfter(c.createdAt.plus(GIVE_UP_AFTER));
        String state = error == null ? "DELIVERED" : giveUp ? "GAVE_UP" : "PENDING";
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, status, error, duration_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                    ON CONFLICT (delivery_id, attempt) DO NOTHING""")
                    .setParameter(1, c.deliveryId).setParameter(2, c.attempt).setParameter(3, at).setParameter(4, status)
                    .setParameter(5, err).setParameter(6, durationMs).executeUpdate();
            em.createNativeQuery("""
                    UPDATE webhook_delivery SET state = ?1, last_status = ?2, last_error = ?3, next_attempt_at = ?4, lease_until = NULL,
                           delivered_at = CASE WHEN ?1 = 'DELIVERED' THEN CAST(?5 AS timestamptz) END
                    WHERE id = ?6 AND attempts = ?7""")
                    .setParameter(1, state).setParameter(2, status).setParameter(3, err).setParameter(4, next).setParameter(5, at)
                    .setParameter(6, c.deliveryId).setParameter(7, c.attempt).executeUpdate();
        });
        if (error != null) {
            LOG.debugf("webhook delivery %d attempt %d failed: %s", c.deliveryId, c.attempt, err);
        }
    }

    /** first, 2 × first, 4 × first, ... at most 1 h between attempts. */
    static Duration backoff(Duration first, int attempt) {
        long millis = first.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, MAX_RETRY.toMillis()));
    }

    public static String sign(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
