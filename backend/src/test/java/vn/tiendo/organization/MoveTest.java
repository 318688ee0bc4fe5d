package vn.tiendo.organization;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.tiendo.assignment.AssignmentService;
import vn.tiendo.common.AppClock;
import vn.tiendo.progress.ProgressRepository;
import vn.tiendo.support.EmbeddedPostgresResource;
import vn.tiendo.support.SmallTree;

/**
 * Moves cannot be undone by a stale write; an organisation moved out of a plan issuer's subtree owes that plan nothing
 * more; webhooks follow their organisation.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MoveTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);

    @Inject
    EntityManager em;

    @Inject
    ProgressRepository figures;

    private Object one(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return q.getSingleResult();
        });
    }

    private static Map<String, Object> orgBody(String name, long parentId, String level, int members) {
        return new HashMap<>(Map.of("name", name, "parentId", parentId, "levelCode", level, "memberCount", members));
    }

    @Test
    void concurrentMovesNeverPutAnOldPathBack() throws Exception {
        SmallTree t = new SmallTree(TODAY.minusDays(10), TODAY.plusDays(5), TODAY.plusDays(10));
        long h2 = admin().body(Map.of(
                        "code", t.code("H2"), "name", "Huyện ủy Hai", "parentId", t.id("ROOT"), "levelCode", "huyen"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .<Number>path("id")
                .longValue();
        long c2 = t.assignmentOf.get("C2");
        Number report = as(t.user("repC2"))
                .body(SmallTree.report(TODAY, 15, 10, false))
                .post("/api/v1/assignments/" + c2 + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String deptRoot = t.user("deptRoot");
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> jobs = new ArrayList<>();
        jobs.add(pool.submit(() -> {
            for (int i = 0; i < 12; i++) {
                long parent = i % 2 == 0 ? h2 : t.id("H");
                statuses.add(admin().body(orgBody("Đảng ủy phường Hòa Hương", parent, "co-so", 20))
                        .put("/api/v1/organizations/" + t.id("C2"))
                        .then()
                        .extract()
                        .statusCode());
                statuses.add(admin().body(orgBody("Đảng ủy phường An Mỹ", parent, "co-so", 30))
                        .put("/api/v1/organizations/" + t.id("C1"))
                        .then()
                        .extract()
                        .statusCode());
            }
        }));
        jobs.add(pool.submit(() -> {
            for (int i = 0; i < 12; i++) {
                statuses.add(as(deptRoot)
                        .body(Map.of("deadline", TODAY.plusDays(11 + i).toString(), "reason", "Lùi " + i))
                        .post("/api/v1/assignments/" + c2 + "/extend")
                        .then()
                        .extract()
                        .statusCode());
            }
            statuses.add(as(deptRoot)
                    .body(Map.of("decision", "ACCEPT"))
                    .post("/api/v1/reports/" + report + "/review")
                    .then()
                    .extract()
                    .statusCode());
        }));
        jobs.add(pool.submit(() -> {
            for (int i = 0; i < 12; i++) {
                statuses.add(as(deptRoot)
                        .body(Map.of("deadline", TODAY.plusDays(11 + i).toString(), "reason", "Lùi " + i))
                        .post("/api/v1/assignments/" + t.assignmentOf.get("CB") + "/extend")
                        .then()
                        .extract()
                        .statusCode());
                statuses.add(as(deptRoot)
                        .body(orgBody("Chi bộ khối phố 3", t.id("C1"), "chi-bo", 12 + i))
                        .put("/api/v1/organizations/" + t.id("CB"))
                        .then()
                        .extract()
                        .statusCode());
            }
        }));
        for (Future<?> j : jobs) {
            j.get();
        }
        pool.shutdown();
        for (int s : statuses) {
            assertTrue(s == 200 || s == 409, "answered " + s + " in " + statuses);
        }
        assertTrue(statuses.stream().filter(s -> s == 200).count() > 20, statuses.toString());
        // every copy of a path equals its organisation's, and the counts equal a recount
        assertEquals(
                0L,
                ((Number)
                                one(
                                        """
                SELECT count(*) FROM assignment a JOIN organization o ON o.id = a.org_id WHERE a.org_path <> o.path"""))
                        .longValue());
        assertEquals(
                0L,
                ((Number)
                                one(
                                        """
                SELECT count(*) FROM organization o JOIN organization p ON p.id = o.parent_id WHERE o.path <> p.path || o.id || '/'"""))
                        .longValue());
        String rootPath = (String) one("SELECT path FROM organization WHERE id = ?1", t.id("ROOT"));
        var counted = QuarkusTransaction.requiringNew().call(() -> figures.grouped(t.planId, t.id("ROOT"), TODAY));
        var recounted = QuarkusTransaction.requiringNew().call(() -> figures.recount(t.planId, rootPath, TODAY));
        assertEquals(recounted.total(), counted.total());
        assertEquals(recounted.byChild(), counted.byChild());
        // a review that met a concurrent move was refused as stale (409): the reviewer reloads and decides again
        if ("REPORTED"
                .equals(as(deptRoot)
                        .get("/api/v1/assignments/" + c2)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("status"))) {
            as(deptRoot)
                    .body(Map.of("decision", "ACCEPT"))
                    .post("/api/v1/reports/" + report + "/review")
                    .then()
                    .statusCode(200);
        }
        as(deptRoot).get("/api/v1/assignments/" + c2).then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aStaleEtagAfterAMoveIsRefused() {
        SmallTree t = new SmallTree(TODAY.minusDays(10), TODAY.plusDays(5), TODAY.plusDays(10));
        long cb = t.assignmentOf.get("CB");
        String etag = as(t.user("deptRoot"))
                .get("/api/v1/assignments/" + cb)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String orgEtag = admin().get("/api/v1/organizations/" + t.id("CB"))
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        // C1 (with its cell) moves under C2
        admin().body(orgBody("Đảng ủy phường An Mỹ", t.id("C2"), "co-so", 30))
                .put("/api/v1/organizations/" + t.id("C1"))
                .then()
                .statusCode(200);
        as(t.user("deptRoot"))
                .header("If-Match", etag)
                .body(Map.of("reason", "Sáp nhập"))
                .post("/api/v1/assignments/" + cb + "/exempt")
                .then()
                .statusCode(412);
        admin().header("If-Match", orgEtag)
                .body(orgBody("Chi bộ khối phố 3", t.id("C1"), "chi-bo", 99))
                .put("/api/v1/organizations/" + t.id("CB"))
                .then()
                .statusCode(412);
    }

    @Test
    void movedOutOfTheIssuersSubtreeOwesThePlanNothingAndWebhooksFollow() {
        SmallTree t = new SmallTree(TODAY.minusDays(10), TODAY.plusDays(5), TODAY.plusDays(10));
        // a plan of district H, then C2 moves under OTHER (the system administrator may)
        Map<String, Object> tier = new HashMap<>(Map.of(
                "name",
                "Cấp cơ sở",
                "levelCodes",
                List.of("co-so"),
                "deadline",
                TODAY.plusDays(8).toString()));
        Number plan = as(t.user("deptH"))
                .body(Map.of(
                        "number",
                        t.prefix + "-KH/H",
                        "title",
                        "Kế hoạch của huyện",
                        "issuedOn",
                        TODAY.minusDays(1).toString(),
                        "tiers",
                        List.of(tier)))
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(t.user("deptH"))
                .post("/api/v1/plans/" + plan + "/publish")
                .then()
                .statusCode(200)
                .body("assignmentsCreated", equalTo(2));
        Number hook = admin().body(Map.of(
                        "url",
                        "http://127.0.0.1:9/hook",
                        "secret",
                        "0123456789abcdef",
                        "events",
                        List.of("report.submitted"),
                        "orgId",
                        t.id("C2")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        admin().body(orgBody("Đảng ủy phường Hòa Hương", t.id("OTHER"), "co-so", 20))
                .put("/api/v1/organizations/" + t.id("C2"))
                .then()
                .statusCode(200);
        // both plans' open assignments of C2 are closed with the reason (ROOT's plan too: C2 left ROOT's tree)
        as("admin")
                .get("/api/v1/organizations/" + t.id("C2") + "/assignments")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("EXEMPT")))
                .body("items.exemptReason", org.hamcrest.Matchers.everyItem(equalTo(AssignmentService.MOVED_OUT)));
        // C1 stays and still owes H's plan; C2's closed assignment left H's figures with it
        as(t.user("deptH"))
                .get("/api/v1/plans/" + plan + "/progress")
                .then()
                .statusCode(200)
                .body("totals.assignments", equalTo(1))
                .body("totals.exempt", equalTo(0));
        String c2Path = (String) one("SELECT path FROM organization WHERE id = ?1", t.id("C2"));
        assertEquals(c2Path, one("SELECT org_path FROM webhook WHERE id = ?1", hook.longValue()));
        as(t.user("deptOther"))
                .get("/api/v1/organizations/" + t.id("C2"))
                .then()
                .statusCode(200)
                .body("canEdit", equalTo(true));
    }
}
