package vn.tiendo.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.as;
import static vn.tiendo.support.Api.org;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/** What the provincial portal relies on: keys, safe retries, concurrency, webhooks and the change feed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class IntegrationTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);

    @Inject
    WebhookDeliverer deliverer;

    @Inject
    AppClock clock;

    @Inject
    jakarta.persistence.EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Tree(String p, Map<String, Long> ids, String dept, long planId, Map<String, Long> assignments) {}

    static Tree tree(String name) {
        String p = Api.unique(name);
        Map<String, Long> ids = Api.importTree(List.of(
                org(p + "-R", "Tỉnh", null, "tinh", 0),
                org(p + "-A", "Xã A", p + "-R", "co-so", 40),
                org(p + "-B", "Xã B", p + "-R", "co-so", 30)));
        String dept = Api.user("igd", ids.get(p + "-R"), "DEPARTMENT");
        Map<String, Object> plan = Map.of(
                "number",
                "07-KH",
                "title",
                "Kế hoạch tích hợp",
                "tiers",
                List.of(Map.of(
                        "name",
                        "Cấp cơ sở",
                        "levelCodes",
                        List.of("co-so"),
                        "deadline",
                        TODAY.plusDays(7).toString())));
        Number planId = as(dept).body(plan)
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(dept).post("/api/v1/plans/" + planId + "/publish").then().statusCode(200);
        Map<String, Long> assignments = new HashMap<>();
        List<Map<String, Object>> items = as(dept).get("/api/v1/plans/" + planId + "/assignments")
                .then()
                .extract()
                .path("items");
        items.forEach(a -> assignments.put((String) a.get("orgCode"), ((Number) a.get("id")).longValue()));
        return new Tree(p, ids, dept, planId.longValue(), assignments);
    }

    static String key(long orgId, String... roles) {
        return admin().body(Map.of("name", "Cổng tỉnh", "orgId", orgId, "roles", List.of(roles)))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .body("apiKey.prefix", notNullValue())
                .extract()
                .path("key");
    }

    static RequestSpecification withKey(String key) {
        return given().config(Api.EXACT_NUMBERS).header("X-API-Key", key).contentType(ContentType.JSON);
    }

    static Map<String, Object> report(int attendees) {
        return Map.of("heldOn", TODAY.toString(), "attendees", attendees, "writeUps", attendees);
    }

    @Test
    void apiKeysActLikeUsersOfTheirOrganisationAndRevokeAtOnce() {
        Tree t = tree("KEY");
        String key = key(t.ids.get(t.p + "-A"), "REPORTER");
        withKey(key)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("orgId", equalTo(t.ids.get(t.p + "-A").intValue()));
        withKey(key)
                .get("/api/v1/assignments/" + t.assignments.get(t.p + "-A"))
                .then()
                .statusCode(200);
        withKey(key)
                .get("/api/v1/assignments/" + t.assignments.get(t.p + "-B"))
                .then()
                .statusCode(404);
        withKey(key)
                .get("/api/v1/organizations/" + t.ids.get(t.p + "-B"))
                .then()
                .statusCode(404);
        withKey(key)
                .body(report(30))
                .post("/api/v1/assignments/" + t.assignments.get(t.p + "-B") + "/reports")
                .then()
                .statusCode(404);
        withKey(key)
                .body(report(30))
                .post("/api/v1/assignments/" + t.assignments.get(t.p + "-A") + "/reports")
                .then()
                .statusCode(201)
                .body("submittedByName", equalTo("Khóa API: Cổng tỉnh"));
        Map<String, Object> listed = admin().get("/api/v1/api-keys")
                .then()
                .extract()
                .jsonPath()
                .getMap("find { it.prefix == '" + key.substring(0, 11) + "' }");
        assertTrue(listed.get("lastUsedAt") != null, "last use is recorded");
        assertTrue(!admin().get("/api/v1/api-keys").asString().contains(key), "the secret is never listed");
        admin().delete("/api/v1/api-keys/" + listed.get("id"))
                .then()
                .statusCode(200)
                .body("revokedAt", notNullValue());
        withKey(key).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        withKey("td_made-up").get("/api/v1/me").then().statusCode(401);
        given().header("X-API-Key", key).get("/api/v1/api-keys").then().statusCode(401);
    }

    @Test
    void idempotencyKeyReplaysRejectsConflictsAndSurvivesRacing() throws Exception {
        Tree t = tree("IDEM");
        String reporter = Api.user("idr", t.ids.get(t.p + "-A"), "REPORTER");
        String url = "/api/v1/assignments/" + t.assignments.get(t.p + "-A") + "/reports";
        var first = as(reporter)
                .header("Idempotency-Key", "k-1")
                .body(report(35))
                .post(url)
                .then()
                .statusCode(201)
                .extract();
        var again = as(reporter)
                .header("Idempotency-Key", "k-1")
                .body(report(35))
                .post(url)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract();
        assertEquals(first.path("id").toString(), again.path("id").toString());
        as(reporter)
                .header("Idempotency-Key", "k-1")
                .body(report(36))
                .post(url)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        as(reporter).get(url).then().body("size()", equalTo(1));
        // another caller's identical key is a different key
        String other = Api.user("idr2", t.ids.get(t.p + "-B"), "REPORTER");
        as(other)
                .header("Idempotency-Key", "k-1")
                .body(report(20))
                .post("/api/v1/assignments/" + t.assignments.get(t.p + "-B") + "/reports")
                .then()
                .statusCode(201);

        // racing duplicates: 8 threads, same key, same body → exactly one report
        Tree t2 = tree("RACE");
        String racer = Api.user("race", t2.ids.get(t2.p + "-A"), "REPORTER");
        String raceUrl = "/api/v1/assignments/" + t2.assignments.get(t2.p + "-A") + "/reports";
        Api.token(racer, Api.PASSWORD);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return as(racer)
                        .header("Idempotency-Key", "race-1")
                        .body(report(33))
                        .post(raceUrl)
                        .statusCode();
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : results) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertTrue(codes.stream().allMatch(c -> c == 201 || c == 409), "codes " + codes);
        assertTrue(codes.contains(201), "codes " + codes);
        as(racer).get(raceUrl).then().body("size()", equalTo(1));
        as(racer)
                .header("Idempotency-Key", "race-1")
                .body(report(33))
                .post(raceUrl)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true");
    }

    @Test
    void updatesNeedIfMatchAndRacingUpdatesHaveOneWinner() throws Exception {
        Tree t = tree("ETAG");
        String key = key(t.ids.get(t.p + "-R"), "DEPARTMENT");
        long a = t.ids.get(t.p + "-A");
        Map<String, Object> body =
                Map.of("code", t.p + "-A", "name", "Xã A mới", "parentId", t.ids.get(t.p + "-R"), "levelCode", "co-so");
        withKey(key).body(body).put("/api/v1/organizations/" + a).then().statusCode(428);
        String etag = withKey(key)
                .get("/api/v1/organizations/" + a)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> codes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int n = i;
            codes.add(pool.submit(() -> {
                go.await();
                Map<String, Object> b = new HashMap<>(body);
                b.put("name", "Tên " + n);
                return withKey(key)
                        .header("If-Match", etag)
                        .body(b)
                        .put("/api/v1/organizations/" + a)
                        .statusCode();
            }));
        }
        go.countDown();
        List<Integer> got =
                new ArrayList<>(List.of(codes.get(0).get(), codes.get(1).get()));
        pool.shutdown();
        Collections.sort(got);
        assertEquals(List.of(200, 412), got);
        withKey(key)
                .header("If-Match", etag)
                .body(body)
                .put("/api/v1/organizations/" + a)
                .then()
                .statusCode(412);
        // upsert by the portal's own code
        withKey(key)
                .header("If-Match", "*")
                .body(Map.of(
                        "name", "Xã C", "parentId", t.ids.get(t.p + "-R"), "levelCode", "co-so", "memberCount", 12))
                .put("/api/v1/organizations/by-code/" + t.p + "-C")
                .then()
                .statusCode(201)
                .body("code", equalTo(t.p + "-C"));
        withKey(key)
                .header("If-Match", "*")
                .body(Map.of("name", "Xã C đổi tên", "parentId", t.ids.get(t.p + "-R"), "levelCode", "co-so"))
                .put("/api/v1/organizations/by-code/" + t.p + "-C")
                .then()
                .statusCode(200)
                .body("name", equalTo("Xã C đổi tên"));
    }

    @Test
    void aWebhookThatFailsThreeTimesGetsTheEventOnTheFourthSigned() throws Exception {
        Tree t = tree("HOOK");
        List<Map<String, String>> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int n = calls.incrementAndGet();
            if (n <= 3) {
                ex.sendResponseHeaders(503, -1);
            } else {
                received.add(Map.of(
                        "body",
                        body,
                        "sig",
                        ex.getRequestHeaders().getFirst("X-Tiendo-Signature"),
                        "id",
                        ex.getRequestHeaders().getFirst("X-Tiendo-Event-Id"),
                        "ts",
                        ex.getRequestHeaders().getFirst("X-Tiendo-Timestamp")));
                ex.sendResponseHeaders(204, -1);
            }
            ex.close();
        });
        server.start();
        try {
            String secret = "bi-mat-cua-cong-thong-tin";
            Number hook = admin().body(Map.of(
                            "url",
                            "http://127.0.0.1:" + server.getAddress().getPort() + "/hook",
                            "secret",
                            secret,
                            "events",
                            List.of("report.submitted"),
                            "orgId",
                            t.ids.get(t.p + "-R")))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            String reporter = Api.user("hk", t.ids.get(t.p + "-A"), "REPORTER");
            as(reporter)
                    .body(report(39))
                    .post("/api/v1/assignments/" + t.assignments.get(t.p + "-A") + "/reports")
                    .then()
                    .statusCode(201);
            // attempts 1..3 fail; each retry waits longer; move the clock past each backoff
            java.time.Instant base = java.time.Instant.now();
            for (int i = 0; i < 4; i++) {
                clock.use(Clock.fixed(base.plus(Duration.ofMinutes(10L * i)), AppClock.ZONE));
                deliverer.deliverDue(100);
            }
            assertEquals(1, received.size(), "delivered once, on the fourth attempt");
            assertEquals(4, calls.get());
            Map<String, String> got = received.get(0);
            assertEquals("sha256=" + WebhookDeliverer.sign(got.get("ts"), got.get("body"), secret), got.get("sig"));
            var event = io.restassured.path.json.JsonPath.from(got.get("body"));
            assertEquals("report.submitted", event.getString("type"));
            assertEquals(39, event.getInt("data.attendees"));
            assertEquals(got.get("id"), event.getString("id"));
            admin().get("/api/v1/webhooks/" + hook + "/deliveries")
                    .then()
                    .statusCode(200)
                    .body("items[0].state", equalTo("DELIVERED"))
                    .body("items[0].attempts", equalTo(4))
                    .body("items[0].log.size()", equalTo(4))
                    .body("items[0].log[0].status", equalTo(503))
                    .body("items[0].log[0].error", equalTo("HTTP_5XX"))
                    .body("items[0].log[3].status", equalTo(204));
            // nothing more to deliver
            assertEquals(0, deliverer.deliverDue(100));
            as(t.dept).get("/api/v1/webhooks/" + hook + "/deliveries").then().statusCode(403);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void twoWorkersNeverDeliverTheSameAttemptTwice() throws Exception {
        Tree t = tree("TWO");
        Map<String, AtomicInteger> perEvent = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/h", ex -> {
            perEvent.computeIfAbsent(ex.getRequestHeaders().getFirst("X-Tiendo-Event-Id"), k -> new AtomicInteger())
                    .incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        try {
            admin().body(Map.of(
                            "url",
                            "http://127.0.0.1:" + server.getAddress().getPort() + "/h",
                            "secret",
                            "0123456789abcdef",
                            "events",
                            List.of("organization.changed"),
                            "orgId",
                            t.ids.get(t.p + "-R")))
                    .post("/api/v1/webhooks")
                    .then()
                    .statusCode(201);
            StringBuilder csv = new StringBuilder("code,name,parentCode,levelCode,memberCount\n");
            for (int i = 0; i < 60; i++) {
                csv.append(t.p)
                        .append("-N")
                        .append(i)
                        .append(",Chi bộ ")
                        .append(i)
                        .append(',')
                        .append(t.p)
                        .append("-A,chi-bo,5\n");
            }
            admin().contentType("text/csv; charset=UTF-8")
                    .body(csv.toString())
                    .post("/api/v1/organizations/import")
                    .then()
                    .statusCode(200)
                    .body("created", equalTo(60));
            ExecutorService workers = Executors.newFixedThreadPool(2);
            AtomicBoolean stop = new AtomicBoolean();
            List<Future<?>> fs = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                fs.add(workers.submit(() -> {
                    while (!stop.get() && deliverer.deliverDue(7) > 0) {
                        Thread.onSpinWait();
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            workers.shutdown();
            assertEquals(60, perEvent.size(), "every event delivered");
            assertTrue(perEvent.values().stream().allMatch(c -> c.get() == 1), "each exactly once: " + perEvent);
        } finally {
            server.stop(0);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFeedSeesEveryEventOnceInOrderWhileEightThreadsWrite() throws Exception {
        String cursor = admin().get("/api/v1/events?limit=1000")
                .then()
                .statusCode(200)
                .extract()
                .path("next");
        while (true) { // skip to the end of what earlier tests wrote
            var page = admin().get("/api/v1/events?limit=1000&after=" + cursor)
                    .then()
                    .statusCode(200)
                    .extract();
            List<?> items = page.path("items");
            cursor = page.path("next");
            if (items.isEmpty()) {
                break;
            }
        }
        String p = Api.unique("FEED");
        Api.importTree(List.of(org(p + "-R", "Gốc feed", null, "tinh", 0)));
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> fs = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int n = w;
            fs.add(writers.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    admin().body(Map.of(
                                    "code",
                                    p + "-W" + n + "-" + i,
                                    "name",
                                    "Tổ chức " + n + "/" + i,
                                    "parentId",
                                    rootId(p),
                                    "levelCode",
                                    "co-so"))
                            .post("/api/v1/organizations")
                            .then()
                            .statusCode(201);
                }
            }));
        }
        List<Long> seen = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<String> trail = new ArrayList<>();
        long deadline = Long.MAX_VALUE;
        while (true) {
            boolean writing = fs.stream().anyMatch(f -> !f.isDone());
            if (!writing && deadline == Long.MAX_VALUE) {
                deadline = System.currentTimeMillis() + 30_000; // events show once every older transaction has ended
            }
            var page = admin().get("/api/v1/events?limit=7&after=" + cursor)
                    .then()
                    .statusCode(200)
                    .extract();
            List<Map<String, Object>> items = page.path("items");
            for (Map<String, Object> e : items) {
                trail.add((String) e.get("cursor") + "=" + ((Map<String, Object>) e.get("data")).get("code"));
                seen.add(((Number) e.get("id")).longValue());
                Map<String, Object> data = (Map<String, Object>) e.get("data");
                if (data != null && data.get("code") != null && ((String) data.get("code")).startsWith(p + "-W")) {
                    codes.add((String) data.get("code"));
                }
            }
            cursor = page.path("next");
            if (!writing && items.isEmpty() && (codes.size() == 80 || System.currentTimeMillis() > deadline)) {
                break;
            }
            if (items.isEmpty()) {
                Thread.sleep(50);
            }
        }
        if (codes.size() < 80) {
            System.out.println(
                    "feed diagnosis, seen codes " + codes.size() + ", last cursor " + cursor + ", events in db: "
                            + em.createNativeQuery(
                                            "SELECT xid::text || ':' || id || ':' || (payload->>'code') FROM outbox_event "
                                                    + "WHERE payload->>'code' LIKE ?1 ORDER BY xid, id")
                                    .setParameter(1, p + "-W%")
                                    .getResultList());
            System.out.println("feed trail: " + trail);
            System.out.println("long transactions: "
                    + em
                            .createNativeQuery(
                                    "SELECT pid, state, xact_start, left(query, 120) FROM pg_stat_activity WHERE backend_xid IS NOT NULL OR state LIKE 'idle in%'")
                            .getResultList()
                            .stream()
                            .map(r -> java.util.Arrays.toString((Object[]) r))
                            .toList());
        }
        for (Future<?> f : fs) {
            f.get();
        }
        writers.shutdown();
        assertEquals(new HashSet<>(seen).size(), seen.size(), "no event seen twice");
        assertEquals(80, codes.size(), "every organisation's event seen");
        admin().get("/api/v1/events?after=nonsense").then().statusCode(400).body("errors[0].field", equalTo("after"));
        admin().get("/api/v1/events?limit=5000").then().statusCode(400);
    }

    static final Map<String, Long> ROOTS = new ConcurrentHashMap<>();

    static long rootId(String p) {
        return ROOTS.computeIfAbsent(p, k -> ((Number) admin().get("/api/v1/organizations?q=" + k + "-R")
                        .then()
                        .extract()
                        .path("items[0].id"))
                .longValue());
    }

    @Test
    void keysAndWebhooksAreScoped() {
        Tree t = tree("SCOPE");
        Tree other = tree("SCOPE2");
        String deptKey = key(t.ids.get(t.p + "-R"), "DEPARTMENT");
        withKey(deptKey).get("/api/v1/plans/" + other.planId).then().statusCode(404);
        withKey(deptKey)
                .get("/api/v1/plans/" + other.planId + "/progress")
                .then()
                .statusCode(404);
        withKey(deptKey).get("/api/v1/events").then().statusCode(200);
        String otherAdmin = Api.user("adm2", other.ids.get(other.p + "-R"), "ADMIN");
        as(otherAdmin)
                .body(Map.of("name", "x", "orgId", t.ids.get(t.p + "-A"), "roles", List.of("VIEWER")))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(422);
        as(otherAdmin).delete("/api/v1/api-keys/999999").then().statusCode(404);
        as(otherAdmin).get("/api/v1/webhooks/999999/deliveries").then().statusCode(404);
        as(otherAdmin)
                .body(Map.of(
                        "url", "http://127.0.0.1:1/h", "secret", "0123456789abcdef", "events", List.of("nope.event")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("events"));
    }
}
