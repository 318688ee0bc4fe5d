package vn.tiendo.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.as;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.progress.ProgressRepository;
import vn.tiendo.progress.Totals;
import vn.tiendo.support.EmbeddedPostgresResource;
import vn.tiendo.support.SmallTree;

/**
 * One definition of every figure: after an exemption, a return, a resubmission, an extension and a move, the live
 * counts (GET progress), the recount, the CSV export and the summary report's figures agree for every subtree.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class FiguresAgreeTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);

    @Inject
    ProgressRepository progress;

    @Inject
    SummaryRepository summary;

    @Inject
    EntityManager em;

    @Test
    void liveCountsRecountExportAndSummaryAgree() {
        SmallTree t = new SmallTree(TODAY.minusDays(20), TODAY.minusDays(2), TODAY.plusDays(10));
        String deptRoot = t.user("deptRoot");
        String base = "/api/v1/assignments/";
        // CB reports (late), returned by C1's department, resubmitted; C1 reports and is accepted; C2 exempt; CB
        // extended
        Number cb1 = as(t.user("repCB"))
                .body(SmallTree.report(TODAY, 10, 8, true))
                .post(base + t.assignmentOf.get("CB") + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(t.user("deptC1"))
                .body(Map.of("decision", "RETURN", "comment", "Bổ sung"))
                .post("/api/v1/reports/" + cb1 + "/review")
                .then()
                .statusCode(200);
        as(t.user("repCB"))
                .body(SmallTree.report(TODAY, 11, 9, true))
                .post(base + t.assignmentOf.get("CB") + "/reports")
                .then()
                .statusCode(201);
        Number c1 = as(t.user("repC1"))
                .body(SmallTree.report(TODAY, 27, 20, false))
                .post(base + t.assignmentOf.get("C1") + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(t.user("deptH"))
                .body(Map.of("decision", "ACCEPT"))
                .post("/api/v1/reports/" + c1 + "/review")
                .then()
                .statusCode(200);
        as(t.user("deptH"))
                .body(Map.of("reason", "Sáp nhập"))
                .post(base + t.assignmentOf.get("C2") + "/exempt")
                .then()
                .statusCode(200);
        as(deptRoot)
                .body(Map.of("deadline", TODAY.plusDays(3).toString(), "reason", "Bão lũ"))
                .post(base + t.assignmentOf.get("CB") + "/extend")
                .then()
                .statusCode(200);
        // a new district H2 under ROOT, and C1 (with its cell) moved there
        Map<String, Object> h2 = new HashMap<>(Map.of(
                "code",
                t.code("H2"),
                "name",
                "Huyện ủy Mới",
                "parentId",
                t.id("ROOT"),
                "levelCode",
                "huyen",
                "memberCount",
                50));
        long h2Id = admin().body(h2)
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .<Number>path("id")
                .longValue();
        Map<String, Object> move = new HashMap<>(
                Map.of("name", "Đảng ủy phường An Mỹ", "parentId", h2Id, "levelCode", "co-so", "memberCount", 30));
        as(deptRoot)
                .body(move)
                .put("/api/v1/organizations/" + t.id("C1"))
                .then()
                .statusCode(200);

        for (long org : List.of(t.id("ROOT"), t.id("H"), h2Id, t.id("C1"))) {
            String path = QuarkusTransaction.requiringNew()
                    .call(() -> (String) em.createNativeQuery("SELECT path FROM organization WHERE id = ?1")
                            .setParameter(1, org)
                            .getSingleResult());
            JsonPath live = as(deptRoot)
                    .get("/api/v1/plans/" + t.planId + "/progress?orgId=" + org)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            Totals recount = QuarkusTransaction.requiringNew()
                    .call(() -> progress.recount(t.planId, path, TODAY))
                    .total();
            Figures sum = QuarkusTransaction.requiringNew()
                    .call(() -> summary.grouped(t.planId, path))
                    .total();
            long[] csv = csvSums(as(deptRoot)
                    .get("/api/v1/plans/" + t.planId + "/progress/export?format=csv&orgId=" + org)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asByteArray());
            String at = "subtree of " + org;
            long[] fromLive = {
                live.getLong("totals.assignments"),
                live.getLong("totals.exempt"),
                live.getLong("totals.completed"),
                live.getLong("totals.completedOnTime"),
                live.getLong("totals.attendees"),
                live.getLong("totals.expected")
            };
            long[] fromRecount = {
                recount.assignments(),
                recount.exempt(),
                recount.completed(),
                recount.completedOnTime(),
                recount.attendees(),
                recount.expected()
            };
            assertEquals(
                    java.util.Arrays.toString(fromLive),
                    java.util.Arrays.toString(fromRecount),
                    "live vs recount, " + at);
            assertEquals(java.util.Arrays.toString(fromLive), java.util.Arrays.toString(csv), "live vs CSV, " + at);
            long[] fromSummary = {sum.owed(), sum.reported(), sum.onTime(), sum.attendees(), sum.expected()};
            long[] liveForSummary = {fromLive[0] - fromLive[1], fromLive[2], fromLive[3], fromLive[4], fromLive[5]};
            assertEquals(
                    java.util.Arrays.toString(liveForSummary),
                    java.util.Arrays.toString(fromSummary),
                    "live vs summary, " + at);
        }
        // and by hand at the root: 3 assignments, 1 exempt, 2 completed (C1 accepted on time, CB resubmitted on time
        // after
        // the extension), attendance over the current reports only (27 + 11 of 30 + 12)
        as(deptRoot)
                .get("/api/v1/plans/" + t.planId + "/progress")
                .then()
                .statusCode(200)
                .body("totals.assignments", org.hamcrest.Matchers.equalTo(3))
                .body("totals.exempt", org.hamcrest.Matchers.equalTo(1))
                .body("totals.completed", org.hamcrest.Matchers.equalTo(2))
                .body("totals.completedOnTime", org.hamcrest.Matchers.equalTo(2))
                .body("totals.attendees", org.hamcrest.Matchers.equalTo(38))
                .body("totals.expected", org.hamcrest.Matchers.equalTo(42));
    }

    /** Σ over the export's rows of: assignments, exempt, completed, on time, attendees, expected. */
    private static long[] csvSums(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> columns = List.of("Nhiệm vụ", "Được miễn", "Hoàn thành", "Đúng hạn", "Số người dự", "Số phải dự");
        long[] sums = new long[columns.size()];
        try {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(text))) {
                for (int i = 0; i < columns.size(); i++) {
                    sums[i] += Long.parseLong(r.get(columns.get(i)));
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }
}
