package vn.tiendo.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiendo.support.Api.as;
import static vn.tiendo.support.Api.org;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;
import vn.tiendo.support.SmallTree;

/**
 * The report and session lists are read in a fixed number of SQL statements, whatever their length (no look-up per
 * row): measured with Hibernate's statistics ({@code quarkus.hibernate-orm.statistics} in the test profile), the same
 * list over 2 and over 20 organisations, submitters and sessions costs the same statements.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListStatementsTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);

    @Inject
    SessionFactory sessionFactory;

    Fixture two;
    Fixture twenty;

    /**
     * A province with {@code n} communes, each with its own reporter, a session and a report; the first commune's
     * assignment also has {@code n} report versions, each filed by another of its reporters and returned but the last.
     */
    static final class Fixture {
        final int n;
        final String dept;
        final long rootId;
        final long planId;
        final long firstAssignment;

        Fixture(int n) {
            this.n = n;
            String p = Api.unique("NQ" + n);
            List<Map<String, Object>> rows = new ArrayList<>();
            rows.add(org(p + "-ROOT", "Tỉnh ủy " + p, null, "tinh", 0));
            for (int i = 0; i < n; i++) {
                rows.add(org(p + "-X" + i, "Đảng ủy xã " + i, p + "-ROOT", "co-so", 10));
            }
            Map<String, Long> ids = Api.importTree(rows);
            rootId = ids.get(p + "-ROOT");
            dept = Api.user("nq-dept", rootId, "DEPARTMENT");
            Map<String, Object> tier = new HashMap<>(Map.of(
                    "name",
                    "Cấp cơ sở",
                    "levelCodes",
                    List.of("co-so"),
                    "deadline",
                    TODAY.plusDays(5).toString()));
            Number plan = as(dept).body(Map.of(
                            "number",
                            p + "-KH/TU",
                            "title",
                            "Kế hoạch " + p,
                            "issuedOn",
                            TODAY.minusDays(1).toString(),
                            "tiers",
                            List.of(tier)))
                    .post("/api/v1/plans")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            planId = plan.longValue();
            as(dept).post("/api/v1/plans/" + planId + "/publish")
                    .then()
                    .statusCode(200)
                    .body("assignmentsCreated", equalTo(n));
            Map<String, Long> assignmentOf = new HashMap<>();
            List<Map<String, Object>> items = as(dept).get("/api/v1/plans/" + planId + "/assignments?size=100")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items");
            items.forEach(a -> assignmentOf.put((String) a.get("orgCode"), ((Number) a.get("id")).longValue()));
            String startsAt =
                    OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2).toString();
            for (int i = 0; i < n; i++) {
                long assignment = assignmentOf.get(p + "-X" + i);
                String reporter = Api.user("nq-rep", ids.get(p + "-X" + i), "REPORTER");
                as(reporter)
                        .body(Map.of("startsAt", startsAt, "venue", "Hội trường " + i))
                        .post("/api/v1/assignments/" + assignment + "/sessions")
                        .then()
                        .statusCode(201);
                file(reporter, assignment);
            }
            firstAssignment = assignmentOf.get(p + "-X0");
            for (int v = 2; v <= n; v++) {
                long report = ((Number) as(dept).get("/api/v1/assignments/" + firstAssignment + "/reports")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("[0].id"))
                        .longValue();
                as(dept).body(Map.of("decision", "RETURN", "comment", "Bổ sung lần " + v))
                        .post("/api/v1/reports/" + report + "/review")
                        .then()
                        .statusCode(200);
                file(Api.user("nq-rep", ids.get(p + "-X0"), "REPORTER"), firstAssignment);
            }
        }

        private static void file(String reporter, long assignment) {
            as(reporter)
                    .body(SmallTree.report(TODAY, 8, 6, true))
                    .post("/api/v1/assignments/" + assignment + "/reports")
                    .then()
                    .statusCode(201);
        }

        RequestSpecification asDept() {
            return as(dept);
        }
    }

    /** Built in the first test, not in a @BeforeAll: RestAssured learns the test port only before each test. */
    @BeforeEach
    void build() {
        if (two == null) {
            two = new Fixture(2);
            twenty = new Fixture(20);
        }
    }

    /** Statements Hibernate prepared for one call, the least of three (anything else running only adds). */
    long statements(Runnable call) {
        Statistics stats = sessionFactory.getStatistics();
        assertTrue(stats.isStatisticsEnabled(), "quarkus.hibernate-orm.statistics must be on in the test profile");
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            stats.clear();
            call.run();
            least = Math.min(least, stats.getPrepareStatementCount());
        }
        return least;
    }

    @Test
    void theReviewQueueCostsTheSameForTwentyReportsAsForTwo() {
        for (String filter : List.of("state=SUBMITTED", "state=SUBMITTED&decider=MINE", "")) {
            long small = statements(() -> two.asDept()
                    .get("/api/v1/reports?size=100&planId=" + two.planId + "&" + filter)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(filter.isEmpty() ? 3 : 2)));
            long large = statements(() -> twenty.asDept()
                    .get("/api/v1/reports?size=100&planId=" + twenty.planId + "&" + filter)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(filter.isEmpty() ? 39 : 20))
                    .body("items.orgName", everyItem(startsWith("Đảng ủy xã ")))
                    .body("items.tierName", everyItem(equalTo("Cấp cơ sở")))
                    .body("items.submittedByName", everyItem(equalTo("Người dùng nq-rep"))));
            assertEquals(small, large, "statements for 2 and 20 reports (" + filter + ")");
        }
    }

    @Test
    void anAssignmentsHistoryCostsTheSameForTwentyVersionsAsForTwo() {
        long small = statements(() -> two.asDept()
                .get("/api/v1/assignments/" + two.firstAssignment + "/reports")
                .then()
                .statusCode(200)
                .body("size()", equalTo(2)));
        long large = statements(() -> twenty.asDept()
                .get("/api/v1/assignments/" + twenty.firstAssignment + "/reports")
                .then()
                .statusCode(200)
                .body("size()", equalTo(20))
                .body(
                        "version",
                        equalTo(java.util.stream.IntStream.rangeClosed(1, 20)
                                .map(v -> 21 - v)
                                .boxed()
                                .toList()))
                .body("[0].current", equalTo(true))
                .body("[1].current", equalTo(false))
                .body("[1].state", equalTo("RETURNED"))
                .body("[1].reviewedByName", equalTo("Người dùng nq-dept")));
        assertEquals(small, large, "statements for 2 and 20 versions");
    }

    @Test
    void theSessionListCostsTheSameForTwentySessionsAsForTwo() {
        long small = statements(() -> two.asDept()
                .get("/api/v1/sessions?size=100&orgId=" + two.rootId)
                .then()
                .statusCode(200)
                .body("total", equalTo(2)));
        long large = statements(() -> twenty.asDept()
                .get("/api/v1/sessions?size=100&orgId=" + twenty.rootId)
                .then()
                .statusCode(200)
                .body("total", equalTo(20))
                .body("items.tierName", everyItem(equalTo("Cấp cơ sở")))
                .body("items.orgName", everyItem(startsWith("Đảng ủy xã ")))
                .body("items.bridgePoints", everyItem(equalTo(0))));
        assertEquals(small, large, "statements for 2 and 20 sessions");
    }
}
