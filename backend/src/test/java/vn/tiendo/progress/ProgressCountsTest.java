package vn.tiendo.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/** The maintained counts (progress_count, kept by triggers) always equal a recount of the assignments. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ProgressCountsTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);

    @Inject
    ProgressRepository figures;

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void countsStayExactUnderConcurrentSubmissionsReviewsExemptionsExtensionsAndMoves() throws Exception {
        String p = Api.unique("PC");
        List<Map<String, Object>> rows = new ArrayList<>(List.of(
                org(p + "-R", "Gốc", null, "tinh", 0),
                org(p + "-H1", "Huyện 1", p + "-R", "huyen", 0),
                org(p + "-H2", "Huyện 2", p + "-R", "huyen", 0)));
        for (int x = 1; x <= 4; x++) {
            String h = x <= 2 ? "-H1" : "-H2";
            rows.add(org(p + "-X" + x, "Xã " + x, p + h, "co-so", 50));
            for (int c = 1; c <= 6; c++) {
                rows.add(org(p + "-X" + x + "-C" + c, "Chi bộ " + c, p + "-X" + x, "chi-bo", 10 + c));
            }
        }
        Map<String, Long> ids = Api.importTree(rows);
        Map<String, Object> plan = Map.of(
                "number",
                "11-KH",
                "title",
                "Kiểm đếm",
                "issuerOrgId",
                ids.get(p + "-R"),
                "tiers",
                List.of(
                        Map.of(
                                "name",
                                "Cơ sở",
                                "levelCodes",
                                List.of("co-so"),
                                "deadline",
                                TODAY.minusDays(1).toString()),
                        Map.of(
                                "name",
                                "Chi bộ",
                                "levelCodes",
                                List.of("chi-bo"),
                                "deadline",
                                TODAY.plusDays(5).toString())));
        Number planId = admin().body(plan)
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        admin().post("/api/v1/plans/" + planId + "/publish").then().statusCode(200);
        List<Number> assignments = admin().get("/api/v1/plans/" + planId + "/assignments?size=100")
                .then()
                .extract()
                .path("items.id");
        assertEquals(28, assignments.size());

        // 16 clients submit reports for 24 of them at once
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicInteger ok = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Number a = assignments.get(i);
            int attendees = 5 + i % 5;
            fs.add(pool.submit(() -> {
                int s = admin().body(Map.of("heldOn", TODAY.toString(), "attendees", attendees, "expected", 10))
                        .post("/api/v1/assignments/" + a + "/reports")
                        .statusCode();
                if (s == 201) {
                    ok.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        assertEquals(24, ok.get());
        // the list is sorted by deadline: the first four are the communes, due yesterday
        Number communeReport = admin().get("/api/v1/assignments/" + assignments.get(0) + "/reports")
                .then()
                .extract()
                .path("[0].id");
        Number cellReport = admin().get("/api/v1/assignments/" + assignments.get(10) + "/reports")
                .then()
                .extract()
                .path("[0].id");
        admin().body(Map.of("decision", "ACCEPT"))
                .post("/api/v1/reports/" + cellReport + "/review")
                .then()
                .statusCode(200);
        admin().body(Map.of("decision", "RETURN", "comment", "Bổ sung"))
                .post("/api/v1/reports/" + communeReport + "/review")
                .then()
                .statusCode(200);
        admin().body(Map.of("reason", "Sáp nhập"))
                .post("/api/v1/assignments/" + assignments.get(25) + "/exempt")
                .then()
                .statusCode(200);
        admin().body(Map.of("deadline", TODAY.plusDays(9).toString(), "reason", "Lùi"))
                .post("/api/v1/assignments/" + assignments.get(26) + "/extend")
                .then()
                .statusCode(200);
        // move a commune (with its six cells) from one district to the other
        admin().body(Map.of(
                        "code",
                        p + "-X2",
                        "name",
                        "Xã 2",
                        "parentId",
                        ids.get(p + "-H2"),
                        "levelCode",
                        "co-so",
                        "memberCount",
                        50))
                .put("/api/v1/organizations/" + ids.get(p + "-X2"))
                .then()
                .statusCode(200);

        for (String code : List.of("-R", "-H1", "-H2", "-X2")) {
            long orgId = ids.get(p + code);
            String path = QuarkusTransaction.requiringNew()
                    .call(() -> (String) em.createNativeQuery("SELECT path FROM organization WHERE id = " + orgId)
                            .getSingleResult());
            var counted =
                    QuarkusTransaction.requiringNew().call(() -> figures.grouped(planId.longValue(), orgId, TODAY));
            var recounted =
                    QuarkusTransaction.requiringNew().call(() -> figures.recount(planId.longValue(), path, TODAY));
            assertEquals(recounted.total(), counted.total(), "totals of " + code);
            assertEquals(recounted.byTier(), counted.byTier(), "by tier of " + code);
            assertEquals(recounted.byChild(), counted.byChild(), "children of " + code);
        }
        var root = QuarkusTransaction.requiringNew()
                .call(() -> figures.grouped(planId.longValue(), ids.get(p + "-R"), TODAY));
        assertEquals(28, root.total().assignments());
        assertEquals(23, root.total().completed()); // 24 reported, one returned
        assertEquals(1, root.total().exempt());
        assertEquals(1, root.total().overdue(), "the returned commune report reopened an assignment due yesterday");
        assertEquals(1, root.total().accepted());
        assertEquals(7, root.byChild().get(ids.get(p + "-H1")).assignments(), "H1 kept one commune and its six cells");
        assertEquals(21, root.byChild().get(ids.get(p + "-H2")).assignments(), "H2 gained the moved commune");
    }
}
