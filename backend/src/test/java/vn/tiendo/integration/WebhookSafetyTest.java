package vn.tiendo.integration;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.as;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/** Issue 12 items 7 and 8: webhooks cannot reach inside, log categories, do not wait on each other, keep secrets. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class WebhookSafetyTest {
    @Inject
    WebhookDeliverer deliverer;

    @Inject
    WebhookTargets targets;

    @Inject
    WebhookSecrets secrets;

    @Inject
    EntityManager em;

    @Inject
    vn.tiendo.common.AppClock clock;

    static Map<String, Object> hook(String url, long orgId) {
        return Map.of(
                "url",
                url,
                "secret",
                "bi-mat-du-dai-0123456789",
                "events",
                List.of("report.submitted"),
                "orgId",
                orgId);
    }

    long webhookCount() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number)
                        em.createNativeQuery("SELECT count(*) FROM webhook").getSingleResult())
                .longValue());
    }

    @Test
    void internalTargetsAreRefusedAtRegistrationUnlessAllowed() {
        IntegrationTest.Tree t = IntegrationTest.tree("SSRF");
        long root = t.ids().get(t.p() + "-R");
        targets.allowPrivate(false);
        try {
            long before = webhookCount();
            for (String url : List.of(
                    "http://169.254.169.254/latest/meta-data",
                    "http://127.0.0.1:8080/hook",
                    "http://localhost/hook",
                    "http://10.1.2.3/",
                    "http://172.16.0.9/",
                    "http://172.31.255.1/",
                    "http://192.168.1.1/",
                    "http://100.64.0.1/",
                    "http://0.0.0.0/",
                    "http://224.0.0.1/",
                    "http://255.255.255.255/",
                    "http://[::1]/",
                    "http://[fe80::1]/",
                    "http://[fd12:3456::1]/",
                    "http://[::ffff:127.0.0.1]/",
                    "http://[ff02::1]/",
                    "http://[::]/",
                    "http://user@example.org/")) {
                admin().body(hook(url, root))
                        .post("/api/v1/webhooks")
                        .then()
                        .statusCode(422)
                        .contentType("application/problem+json")
                        .body("errors[0].field", equalTo("url"));
            }
            admin().body(hook("ftp://example.org/", root))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("url"));
            assertEquals(before, webhookCount(), "nothing registered");
            admin().body(hook("https://93.184.216.34/hooks/tiendo", root))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201);
            admin().body(hook("https://cong-thong-tin.invalid/hooks", root))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201); // DNS later
        } finally {
            targets.allowPrivate(true);
        }
        admin().body(hook("http://127.0.0.1:9/hook", root))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201);
    }

    @Test
    void aTargetThatTurnsInternalIsRefusedAtDeliveryAndTheLogHoldsCategories() throws Exception {
        IntegrationTest.Tree t = IntegrationTest.tree("PIN");
        long root = t.ids().get(t.p() + "-R");
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/h", ex -> {
            calls.incrementAndGet();
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        server.start();
        try {
            Number blocked = admin().body(
                            hook("http://localhost:" + server.getAddress().getPort() + "/h", root))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            Number refused = admin().body(hook("http://127.0.0.1:9/closed", root))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String reporter = Api.user("pin", t.ids().get(t.p() + "-A"), "REPORTER");
            as(reporter)
                    .body(IntegrationTest.report(10))
                    .post("/api/v1/assignments/" + t.assignments().get(t.p() + "-A") + "/reports")
                    .then()
                    .statusCode(201);
            targets.allowPrivate(false); // e.g. the name now resolves to 127.0.0.1
            try {
                deliverer.deliverDue(100);
            } finally {
                targets.allowPrivate(true);
            }
            assertEquals(0, calls.get(), "nothing sent to the internal address");
            admin().get("/api/v1/webhooks/" + blocked + "/deliveries")
                    .then()
                    .statusCode(200)
                    .body("items[0].state", equalTo("PENDING"))
                    .body("items[0].lastError", equalTo("BLOCKED_ADDRESS"))
                    .body("items[0].log[0].error", equalTo("BLOCKED_ADDRESS"))
                    .body("items[0].log[0].status", nullValue());
            // allowed again (an on-premise receiver): the retry reaches it, and each failure is logged as a category
            clock.use(java.time.Clock.fixed(
                    java.time.Instant.now().plus(java.time.Duration.ofMinutes(5)), vn.tiendo.common.AppClock.ZONE));
            deliverer.deliverDue(100);
            assertEquals(1, calls.get());
            admin().get("/api/v1/webhooks/" + blocked + "/deliveries")
                    .then()
                    .statusCode(200)
                    .body("items[0].lastError", equalTo("HTTP_5XX"))
                    .body("items[0].log[1].status", equalTo(500));
            admin().get("/api/v1/webhooks/" + refused + "/deliveries")
                    .then()
                    .statusCode(200)
                    .body("items[0].lastError", equalTo("CONNECTION_REFUSED"));
            String log =
                    admin().get("/api/v1/webhooks/" + refused + "/deliveries").asString();
            assertFalse(log.contains("Exception") || log.contains("127.0.0.1") || log.contains("refused:"), log);
        } finally {
            clock.reset();
            server.stop(0);
        }
    }

    @Test
    void aSlowReceiverDoesNotDelayTheOthers() throws Exception {
        IntegrationTest.Tree t = IntegrationTest.tree("SLOW");
        long root = t.ids().get(t.p() + "-R");
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch fastGot = new CountDownLatch(1);
        AtomicInteger slowCalls = new AtomicInteger();
        CountDownLatch slowGot = new CountDownLatch(1);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/slow", ex -> {
            slowCalls.incrementAndGet();
            slowGot.countDown();
            try {
                release.await(8, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.createContext("/fast", ex -> {
            ex.getRequestBody().readAllBytes();
            fastGot.countDown();
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            admin().body(hook(base + "/slow", root))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201); // registered first: claimed first
            Number fast = admin().body(hook(base + "/fast", root))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String reporter = Api.user("slow", t.ids().get(t.p() + "-A"), "REPORTER");
            as(reporter)
                    .body(IntegrationTest.report(10))
                    .post("/api/v1/assignments/" + t.assignments().get(t.p() + "-A") + "/reports")
                    .then()
                    .statusCode(201);
            long t0 = System.nanoTime();
            deliverer.poll(); // the scheduled worker: starts each webhook's lane and returns
            assertTrue(fastGot.await(5, TimeUnit.SECONDS), "the fast receiver was served");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            // the lanes start together, so the slow one may be reached just after the fast one answered
            assertTrue(slowGot.await(5, TimeUnit.SECONDS), "the slow receiver was reached");
            assertEquals(1, slowCalls.get(), "the slow receiver is still holding its one request");
            assertTrue(
                    release.getCount() == 1 && ms < 5000, "fast delivery took " + ms + " ms while the slow one waits");
            for (int i = 0; i < 50; i++) { // its outcome is written as soon as it answers
                String state = admin().get("/api/v1/webhooks/" + fast + "/deliveries")
                        .then()
                        .extract()
                        .path("items[0].state");
                if ("DELIVERED".equals(state)) {
                    break;
                }
                Thread.sleep(100);
            }
            admin().get("/api/v1/webhooks/" + fast + "/deliveries").then().body("items[0].state", equalTo("DELIVERED"));
        } finally {
            release.countDown();
            Thread.sleep(300);
            server.stop(0);
        }
    }

    @Test
    void secretsAreSealedAtRestAndPlainRowsAreSealedAtStart() {
        IntegrationTest.Tree t = IntegrationTest.tree("SEAL");
        String secret = "bi-mat-khong-duoc-luu-tho-" + System.nanoTime();
        Number id = admin().body(Map.of(
                        "url",
                        "http://127.0.0.1:9/h",
                        "secret",
                        secret,
                        "events",
                        List.of("report.submitted"),
                        "orgId",
                        t.ids().get(t.p() + "-R")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Object[] row = QuarkusTransaction.requiringNew()
                .call(() -> (Object[]) em.createNativeQuery("SELECT secret, secret_sealed FROM webhook WHERE id = ?1")
                        .setParameter(1, id.longValue())
                        .getSingleResult());
        assertNull(row[0]);
        assertTrue(((String) row[1]).startsWith("v1."));
        assertFalse(((String) row[1]).contains(secret));
        assertEquals(secret, secrets.open((String) row[1]));
        // a row as V9 left it: plain text, sealed at the next start
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE webhook SET secret = ?1, secret_sealed = NULL WHERE id = ?2")
                        .setParameter(1, secret)
                        .setParameter(2, id.longValue())
                        .executeUpdate());
        secrets.sealPlainRows(null);
        Object[] after = QuarkusTransaction.requiringNew()
                .call(() -> (Object[]) em.createNativeQuery("SELECT secret, secret_sealed FROM webhook WHERE id = ?1")
                        .setParameter(1, id.longValue())
                        .getSingleResult());
        assertNull(after[0]);
        assertEquals(secret, secrets.open((String) after[1]));
    }

    @Test
    void aNewApiKeyNeverLandsInTheIdempotencyStore() {
        IntegrationTest.Tree t = IntegrationTest.tree("KEYIDEM");
        Map<String, Object> body =
                Map.of("name", "Cổng", "orgId", t.ids().get(t.p() + "-R"), "roles", List.of("VIEWER"));
        String key = admin().header("Idempotency-Key", "key-" + t.p())
                .body(body)
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .body("key", startsWith("td_"))
                .extract()
                .path("key");
        admin().header("Idempotency-Key", "key-" + t.p())
                .body(body)
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("key", nullValue())
                .body("apiKey.prefix", equalTo(key.substring(0, 11)));
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number)
                        em.createNativeQuery("SELECT count(*) FROM idempotency_record WHERE response_body LIKE ?1")
                                .setParameter(1, "%" + key + "%")
                                .getSingleResult())
                .longValue());
        assertEquals(0, stored);
        IntegrationTest.withKey(key).get("/api/v1/me").then().statusCode(200);
    }
}
