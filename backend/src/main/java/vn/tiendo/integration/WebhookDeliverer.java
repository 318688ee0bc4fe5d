package vn.tiendo.integration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import org.jboss.logging.Logger;

import vn.tiendo.common.AppClock;
import vn.tiendo.common.SqlValues;

/**
 * Delivers webhook events from the outbox. A replica claims due deliveries with {@code FOR UPDATE SKIP LOCKED} and a
 * short lease (committed at once, so no transaction stays open during HTTP), at most {@value #PER_WEBHOOK} per
 * webhook and never for a webhook whose previous batch is still in flight; each webhook's batch then runs on its own,
 * without blocking a thread, so a slow receiver delays only itself. Each request goes to the address
 * {@link WebhookTargets} checked (pinned: no second DNS answer is used), signed with
 * {@code X-Tiendo-Signature: sha256=<hex HMAC-SHA256 of "<X-Tiendo-Timestamp>.<body>">}. Failures are logged as a
 * category ({@link DeliveryError}) and retried with exponential backoff (10 s doubling, at most 1 h apart) for 48 hours.
 */
@ApplicationScoped
public class WebhookDeliverer {
    static final Duration LEASE = Duration.ofSeconds(60);
    static final Duration GIVE_UP_AFTER = Duration.ofHours(48);
    static final Duration MAX_RETRY = Duration.ofHours(1);
    /** Concurrent requests to one webhook. */
    static final int PER_WEBHOOK = 16;

    static final long CONNECT_TIMEOUT_MS = 5_000;
    /** A receiver must answer within this, however slowly it trickles. */
    static final long ANSWER_TIMEOUT_MS = 10_000;
    /** 10 s in production; the durability script shortens it to see retries within seconds. */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "tiendo.webhooks.first-retry", defaultValue = "PT10S")
    Duration firstRetry;

    private static final Logger LOG = Logger.getLogger(WebhookDeliverer.class);

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    Vertx vertx;

    @Inject
    WebhookTargets targets;

    @Inject
    WebhookSecrets secrets;

    /** Resolving names (blocking) and writing the log; the HTTP exchanges themselves hold no thread. */
    private final ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "webhook-delivery");
        t.setDaemon(true);
        return t;
    });
    /** Webhooks whose lane runs in this JVM (the database's leases cover other replicas). */
    private final Set<Long> lanes = ConcurrentHashMap.newKeySet();

    private volatile HttpClient client;

    record Claimed(
            long deliveryId,
            long webhookId,
            int attempt,
            long eventId,
            String eventType,
            String payload,
            Instant occurredAt,
            String url,
            String sealedSecret,
            Instant createdAt) {}

    /** What one attempt came to: a status (2xx delivered) or an error category. */
    record Outcome(Integer status, String error) {}

    @Scheduled(
            every = "${tiendo.webhooks.poll:2s}",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        List<Claimed> due;
        try {
            due = claim(50, null);
        } catch (RuntimeException e) {
            if (!vn.tiendo.common.SqlFailures.databaseUnavailable(e)) {
                throw e;
            }
            LOG.debug("webhook poll skipped: the database is unreachable"); // the next poll tries again
            return;
        }
        for (Map.Entry<Long, List<Claimed>> lane : byWebhook(due).entrySet()) {
            if (lanes.add(lane.getKey())) {
                runLane(lane.getKey(), lane.getValue());
            }
        }
    }

    /** A webhook's lane: deliver a batch, then claim the next one for the same webhook, until nothing is due. */
    private void runLane(long webhookId, List<Claimed> batch) {
        deliverAll(batch)
                .whenCompleteAsync(
                        (v, e) -> {
                            List<Claimed> next = List.of();
                            try {
                                next = claim(PER_WEBHOOK, webhookId);
                            } catch (RuntimeException ex) {
                                LOG.debugf(
                                        "webhook %d: claiming the next batch failed: %s",
                                        webhookId, ex.getClass().getSimpleName());
                            }
                            if (next.isEmpty()) {
                                lanes.remove(webhookId);
                            } else {
                                runLane(webhookId, next);
                            }
                        },
                        workers);
    }

    /** Claims and delivers up to {@code limit} due deliveries, waiting for them; returns how many were attempted. */
    public int deliverDue(int limit) {
        List<Claimed> batch = claim(limit, null);
        deliverAll(batch).join();
        return batch.size();
    }

    private static Map<Long, List<Claimed>> byWebhook(List<Claimed> batch) {
        Map<Long, List<Claimed>> lanes = new LinkedHashMap<>();
        batch.forEach(
                c -> lanes.computeIfAbsent(c.webhookId, k -> new ArrayList<>()).add(c));
        return lanes;
    }

    private CompletableFuture<Void> deliverAll(List<Claimed> batch) {
        return CompletableFuture.allOf(batch.stream().map(this::deliver).toArray(CompletableFuture[]::new));
    }

    /**
     * The free-and-due test is repeated on the locking level and in the UPDATE itself: under READ COMMITTED a row
     * another worker claimed and committed after this statement's snapshot is re-checked there (never inside the
     * sub-selects), so it is skipped rather than claimed a second time.
     */
    @SuppressWarnings("unchecked")
    List<Claimed> claim(int limit, Long onlyWebhook) {
        Instant now = clock.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createNativeQuery(
                            """
                    UPDATE webhook_delivery d SET lease_until = ?1, attempts = d.attempts + 1
                    FROM outbox_event e, webhook w
                    WHERE d.id IN (SELECT id FROM webhook_delivery WHERE id IN (
                                     SELECT due.id FROM webhook h CROSS JOIN LATERAL (
                                         SELECT p.id FROM webhook_delivery p
                                         WHERE p.webhook_id = h.id AND p.state = 'PENDING' AND p.next_attempt_at <= ?2
                                           AND (p.lease_until IS NULL OR p.lease_until < ?2)
                                         ORDER BY p.next_attempt_at, p.id LIMIT ?4) due
                                     WHERE (CAST(?5 AS bigint) IS NULL OR h.id = ?5)
                                       AND NOT EXISTS (SELECT 1 FROM webhook_delivery f WHERE f.webhook_id = h.id
                                                         AND f.state = 'PENDING' AND f.lease_until >= ?2))
                                   AND state = 'PENDING' AND (lease_until IS NULL OR lease_until < ?2)
                                   ORDER BY next_attempt_at, id LIMIT ?3 FOR UPDATE SKIP LOCKED)
                      AND d.state = 'PENDING' AND (d.lease_until IS NULL OR d.lease_until < ?2)
                      AND e.id = d.event_id AND w.id = d.webhook_id
                    RETURNING d.id, d.webhook_id, d.attempts, e.id, e.event_type, e.payload::text, e.created_at, w.url,
                              w.secret_sealed, d.created_at""")
                    .setParameter(1, now.plus(LEASE))
                    .setParameter(2, now)
                    .setParameter(3, limit)
                    .setParameter(4, PER_WEBHOOK)
                    .setParameter(5, onlyWebhook)
                    .getResultList();
            return rows.stream()
                    .map(r -> new Claimed(
                            ((Number) r[0]).longValue(),
                            ((Number) r[1]).longValue(),
                            ((Number) r[2]).intValue(),
                            ((Number) r[3]).longValue(),
                            (String) r[4],
                            (String) r[5],
                            SqlValues.instant(r[6]),
                            (String) r[7],
                            (String) r[8],
                            SqlValues.instant(r[9])))
                    .toList();
        });
    }

    /** One attempt: check the target again (resolving it), post to the checked address, record the outcome. */
    CompletableFuture<Void> deliver(Claimed c) {
        Instant started = clock.now();
        long t0 = System.nanoTime();
        return CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                return targets.resolve(c.url);
                            } catch (WebhookTargets.Refused e) {
                                throw new DeliveryError.Failed(e.category);
                            }
                        },
                        workers)
                .thenCompose(target -> post(target, c, started))
                .exceptionally(DeliveryError::outcome)
                .thenAcceptAsync(
                        outcome -> record(c, started, outcome, (int) ((System.nanoTime() - t0) / 1_000_000)), workers)
                .exceptionally(e -> {
                    LOG.warnf(
                            "webhook delivery %d attempt %d could not be recorded (%s); retried when its lease ends",
                            c.deliveryId, c.attempt, e.getClass().getSimpleName());
                    return null;
                });
    }

    private CompletableFuture<Outcome> post(WebhookTargets.Target target, Claimed c, Instant started) {
        String body = "{\"id\":" + c.eventId + ",\"type\":\"" + c.eventType + "\",\"occurredAt\":\"" + c.occurredAt
                + "\",\"data\":" + c.payload + "}";
        String timestamp = String.valueOf(started.getEpochSecond());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.tls())
                .setURI(target.requestUri())
                .setServer(SocketAddress.inetSocketAddress(
                        target.port(), target.address().getHostAddress()))
                .setConnectTimeout(CONNECT_TIMEOUT_MS)
                .setIdleTimeout(ANSWER_TIMEOUT_MS)
                .setFollowRedirects(false)
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "Tien-do-webhooks/1")
                .putHeader("X-Tiendo-Event-Id", String.valueOf(c.eventId))
                .putHeader("X-Tiendo-Event-Type", c.eventType)
                .putHeader("X-Tiendo-Delivery-Attempt", String.valueOf(c.attempt))
                .putHeader("X-Tiendo-Timestamp", timestamp)
                .putHeader("X-Tiendo-Signature", "sha256=" + sign(timestamp, body, secrets.open(c.sealedSecret)));
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        long timer = vertx.setTimer(
                ANSWER_TIMEOUT_MS + CONNECT_TIMEOUT_MS,
                id -> done.completeExceptionally(new DeliveryError.Failed("TIMEOUT")));
        http().request(options)
                .compose(req -> {
                    done.whenComplete((o, e) -> req.reset()); // a timeout or an answer ends the exchange
                    return req.send(Buffer.buffer(body.getBytes(StandardCharsets.UTF_8)));
                })
                .onSuccess(resp -> {
                    resp.handler(ignored -> {});
                    done.complete(DeliveryError.forStatus(resp.statusCode()));
                })
                .onFailure(done::completeExceptionally);
        return done.whenComplete((o, e) -> vertx.cancelTimer(timer));
    }

    private HttpClient http() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions()
                            .setConnectTimeout((int) CONNECT_TIMEOUT_MS)
                            .setVerifyHost(true)
                            .setForceSni(true)
                            .setMaxPoolSize(PER_WEBHOOK * 4)
                            .setKeepAlive(false));
                }
            }
        }
        return client;
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (client != null) {
            client.close();
        }
    }

    private void record(Claimed c, Instant at, Outcome outcome, int durationMs) {
        String error = outcome.error();
        Integer status = outcome.status();
        Instant next = at.plus(backoff(firstRetry, c.attempt));
        boolean giveUp = error != null && next.isAfter(c.createdAt.plus(GIVE_UP_AFTER));
        String state = error == null ? "DELIVERED" : giveUp ? "GAVE_UP" : "PENDING";
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery(
                            """
                    INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, status, error, duration_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                    ON CONFLICT (delivery_id, attempt) DO NOTHING""")
                    .setParameter(1, c.deliveryId)
                    .setParameter(2, c.attempt)
                    .setParameter(3, at)
                    .setParameter(4, status)
                    .setParameter(5, error)
                    .setParameter(6, durationMs)
                    .executeUpdate();
            em.createNativeQuery(
                            """
                    UPDATE webhook_delivery SET state = ?1, last_status = ?2, last_error = ?3, next_attempt_at = ?4, lease_until = NULL,
                           delivered_at = CASE WHEN ?1 = 'DELIVERED' THEN CAST(?5 AS timestamptz) END
                    WHERE id = ?6 AND attempts = ?7""")
                    .setParameter(1, state)
                    .setParameter(2, status)
                    .setParameter(3, error)
                    .setParameter(4, next)
                    .setParameter(5, at)
                    .setParameter(6, c.deliveryId)
                    .setParameter(7, c.attempt)
                    .executeUpdate();
        });
        if (error != null) {
            LOG.debugf("webhook delivery %d attempt %d failed: %s", c.deliveryId, c.attempt, error);
        }
    }

    /** first, 2 × first, 4 × first, ... at most 1 h between attempts. */
    static Duration backoff(Duration first, int attempt) {
        long millis = first.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, MAX_RETRY.toMillis()));
    }

    /** The signature a receiver recomputes: hex HMAC-SHA256 of {@code "<X-Tiendo-Timestamp>.<raw body>"}. */
    public static String sign(String timestamp, String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
