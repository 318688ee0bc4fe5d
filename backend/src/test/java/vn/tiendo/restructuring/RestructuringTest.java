package vn.tiendo.restructuring;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.as;
import static vn.tiendo.support.Api.org;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.progress.ProgressRepository;
import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/** Issue 14: restructuring by decision under running plans, with exact counts and frozen closed plans. */
@QuarkusTest
@SuppressWarnings("unchecked")
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RestructuringTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);

    @Inject
    ProgressRepository figures;

    @Inject
    EntityManager em;

    /** A city with wards W1 (cells C1, C2), W2 (cell C3), W3 (no cells), and an unrelated root OTHER. */
    record City(String p, Map<String, Long> ids, String dept) {
        String code(String k) {
            return p + "-" + k;
        }

        long id(String k) {
            Long known = ids.get(code(k));
            if (known != null) {
                return known;
            }
            Number made = admin().get("/api/v1/organizations?includeInactive=true&q=" + code(k))
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items[0].id");
            return made.longValue();
        }
    }

    private City city() {
        String p = Api.unique("RS");
        Map<String, Long> ids = Api.importTree(List.of(
                org(p + "-CITY", "Thành ủy Thử nghiệm " + p, null, "tinh", 0),
                org(p + "-W1", "Đảng ủy phường Một", p + "-CITY", "co-so", 30),
                org(p + "-W2", "Đảng ủy phường Hai", p + "-CITY", "co-so", 20),
                org(p + "-W3", "Đảng ủy phường Ba", p + "-CITY", "co-so", 10),
                org(p + "-C1", "Chi bộ tổ dân phố 1", p + "-W1", "chi-bo", 12),
                org(p + "-C2", "Chi bộ tổ dân phố 2", p + "-W1", "chi-bo", 9),
                org(p + "-C3", "Chi bộ tổ dân phố 3", p + "-W2", "chi-bo", 11),
                org(p + "-OTHER", "Tỉnh ủy Khác", null, "tinh", 0)));
        String dept = Api.user("rs-dept", ids.get(p + "-CITY"), "DEPARTMENT");
        return new City(p, ids, dept);
    }

    private long plan(City c, String number, LocalDate wardDeadline, LocalDate cellDeadline) {
        Map<String, Object> plan = Map.of(
                "number",
                number,
                "title",
                "Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng",
                "issuerOrgId",
                c.id("CITY"),
                "tiers",
                List.of(
                        Map.of(
                                "name",
                                "Cấp cơ sở",
                                "levelCodes",
                                List.of("co-so"),
                                "deadline",
                                wardDeadline.toString()),
                        Map.of(
                                "name",
                                "Chi bộ",
                                "levelCodes",
                                List.of("chi-bo"),
                                "deadline",
                                cellDeadline.toString())));
        Number id = as(c.dept())
                .body(plan)
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(c.dept()).post("/api/v1/plans/" + id + "/publish").then().statusCode(200);
        return id.longValue();
    }

    private Map<String, Long> assignments(City c, long planId) {
        List<Map<String, Object>> items = admin().get("/api/v1/plans/" + planId + "/assignments?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        Map<String, Long> out = new HashMap<>();
        for (Map<String, Object> a : items) {
            out.put(((String) a.get("orgCode")).substring(c.p().length() + 1), ((Number) a.get("id")).longValue());
        }
        return out;
    }

    private static void report(long assignmentId, int attendees) {
        admin().body(Map.of("heldOn", TODAY.toString(), "attendees", attendees, "expected", 30))
                .post("/api/v1/assignments/" + assignmentId + "/reports")
                .then()
                .statusCode(201);
    }

    private static long currentReport(long assignmentId) {
        Number id = admin().get("/api/v1/assignments/" + assignmentId + "/reports")
                .then()
                .statusCode(200)
                .extract()
                .path("[0].id");
        return id.longValue();
    }

    private static Map<String, Object> merge(List<String> sources, Map<String, Object> target) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sourceCodes", sources);
        m.put("target", target);
        m.put("effectiveOn", TODAY.toString());
        m.put("decision", "Quyết định số 15-QĐ/TU");
        return m;
    }

    private Map<String, Object> newWard(City c, String key) {
        return Map.of(
                "code",
                c.code(key),
                "name",
                "Đảng ủy phường Mới " + key,
                "parentCode",
                c.code("CITY"),
                "levelCode",
                "co-so");
    }

    private String status(long assignmentId) {
        return admin().get("/api/v1/assignments/" + assignmentId)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    /** The maintained counts equal a recount, and no rate exceeds 100 %, at every organisation given. */
    private void countsExact(long planId, City c, String... keys) {
        for (String k : keys) {
            long orgId = c.id(k);
            String path = QuarkusTransaction.requiringNew()
                    .call(() -> (String) em.createNativeQuery("SELECT path FROM organization WHERE id = " + orgId)
                            .getSingleResult());
            var counted = QuarkusTransaction.requiringNew().call(() -> figures.grouped(planId, orgId, TODAY));
            var recounted = QuarkusTransaction.requiringNew().call(() -> figures.recount(planId, path, TODAY));
            assertEquals(recounted.total(), counted.total(), "totals of " + k);
            assertEquals(recounted.byTier(), counted.byTier(), "by tier of " + k);
            assertEquals(recounted.byChild(), counted.byChild(), "children of " + k);
            Map<String, Object> totals = admin().get("/api/v1/plans/" + planId + "/progress?orgId=" + orgId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("totals");
            for (String rate : List.of("completionRate", "onTimeRate", "attendanceRate")) {
                Object v = totals.get(rate);
                assertTrue(v == null || ((Number) v).doubleValue() <= 1.0, rate + " of " + k + " = " + v);
            }
        }
    }

    @Test
    void theIssueScenarioAsANewUserTriesIt() {
        // levels: a central level at rank 0, the district level renamed (and restored, the database is shared)
        String central = Api.unique("tw").toLowerCase();
        admin().body(Map.of("code", central, "name", "Trung ương (thử)", "rank", 0))
                .post("/api/v1/levels")
                .then()
                .statusCode(201)
                .body("rank", org.hamcrest.Matchers.is(0));
        String districtName = admin().get("/api/v1/levels").then().extract().path("find { it.code == 'huyen' }.name");
        admin().body(Map.of("name", "Cấp huyện (đã bỏ từ 1/7/2025)", "rank", 2, "usedUntil", "2025-06-30"))
                .put("/api/v1/levels/huyen")
                .then()
                .statusCode(200)
                .body("name", org.hamcrest.Matchers.is("Cấp huyện (đã bỏ từ 1/7/2025)"));
        admin().body(Map.of("name", districtName, "rank", 2, "usedUntil", "2025-06-30"))
                .put("/api/v1/levels/huyen")
                .then()
                .statusCode(200);

        City c = city();
        // a roster in the wards and their cells, so the closed plan's member coverage must stay frozen too
        StringBuilder roster = new StringBuilder("code,fullName,orgCode,status\n");
        String[] where = {"W1", "C1", "C1", "C2", "C3", "W2"};
        for (int i = 0; i < where.length; i++) {
            roster.append(c.p())
                    .append("-M")
                    .append(i)
                    .append(",Đảng viên ")
                    .append(i)
                    .append(',')
                    .append(c.code(where[i]))
                    .append(",CHINH_THUC\n");
        }
        as(c.dept())
                .contentType("text/csv; charset=UTF-8")
                .body(roster.toString())
                .post("/api/v1/members/import")
                .then()
                .statusCode(200)
                .body("created", org.hamcrest.Matchers.is(6));
        // a plan run and closed: W1 reported
        long closed = plan(c, "1-KH", TODAY.minusDays(2), TODAY.plusDays(3));
        report(assignments(c, closed).get("W1"), 25);
        as(c.dept()).post("/api/v1/plans/" + closed + "/close").then().statusCode(200);
        String closedProgress = admin().get("/api/v1/plans/" + closed + "/progress?orgId=" + c.id("CITY"))
                .then()
                .statusCode(200)
                .body("totals.members", org.hamcrest.Matchers.is(6))
                .body("byTier[0].totals.members", org.hamcrest.Matchers.is(6))
                .extract()
                .asString();
        String closedW1 = admin().get("/api/v1/plans/" + closed + "/progress?orgId=" + c.id("W1"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // and one that asked the wards only: their cells' members counted through them, then closed
        Number wardsOnly = as(c.dept())
                .body(Map.of(
                        "number",
                        "1b-KH",
                        "title",
                        "Sơ kết",
                        "issuerOrgId",
                        c.id("CITY"),
                        "tiers",
                        List.of(Map.of(
                                "name",
                                "Cấp cơ sở",
                                "levelCodes",
                                List.of("co-so"),
                                "deadline",
                                TODAY.plusDays(3).toString()))))
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(c.dept()).post("/api/v1/plans/" + wardsOnly + "/publish").then().statusCode(200);
        as(c.dept()).post("/api/v1/plans/" + wardsOnly + "/close").then().statusCode(200);
        String closedWardsOnly = admin().get("/api/v1/plans/" + wardsOnly + "/progress?orgId=" + c.id("CITY"))
                .then()
                .statusCode(200)
                .body("totals.members", org.hamcrest.Matchers.is(6))
                .extract()
                .asString();
        String closedCsv = admin().get("/api/v1/plans/" + closed + "/progress/export?format=csv&orgId=" + c.id("CITY"))
                .then()
                .statusCode(200)
                .extract()
                .asString();
        // a second plan with a ward tier and a cell tier; one ward reports
        long open = plan(c, "2-KH", TODAY.plusDays(5), TODAY.plusDays(10));
        Map<String, Long> a = assignments(c, open);
        report(a.get("W1"), 28);

        // dry run: the effect, and nothing changed
        Map<String, Object> body = merge(List.of(c.code("W1"), c.code("W2")), newWard(c, "W12"));
        Map<String, Object> dry = as(c.dept())
                .body(body)
                .post("/api/v1/organizations/merge?dryRun=true")
                .then()
                .statusCode(200)
                .body("dryRun", org.hamcrest.Matchers.is(true))
                .extract()
                .path("effects");
        assertEquals(2, ((Number) dry.get("sourcesDeactivated")).intValue());
        assertEquals(3, ((Number) dry.get("childrenMoved")).intValue());
        assertEquals(
                2, ((Number) dry.get("assignmentsMerged")).intValue(), "the two wards' assignments of the open plan");
        assertEquals(1, ((Number) dry.get("openPlans")).intValue());
        admin().get("/api/v1/organizations/" + c.id("W1")).then().body("active", org.hamcrest.Matchers.is(true));
        admin().get("/api/v1/organizations?q=" + c.code("W12")).then().body("total", org.hamcrest.Matchers.is(0));
        assertEquals("REPORTED", status(a.get("W1")));
        assertEquals(
                c.id("W1"),
                ((Number) admin().get("/api/v1/organizations/" + c.id("C1"))
                                .then()
                                .extract()
                                .path("parentId"))
                        .longValue());

        // the merger
        Map<String, Object> done = as(c.dept())
                .body(body)
                .post("/api/v1/organizations/merge")
                .then()
                .statusCode(200)
                .body("dryRun", org.hamcrest.Matchers.is(false))
                .extract()
                .path("");
        assertEquals(dry, done.get("effects"), "the dry run answered the same effect counts");
        long target = ((Number) ((List<Map<String, Object>>) done.get("successors"))
                        .get(0)
                        .get("id"))
                .longValue();
        for (String w : List.of("W1", "W2")) {
            admin().get("/api/v1/organizations/" + c.id(w))
                    .then()
                    .body("active", org.hamcrest.Matchers.is(false))
                    .body("successorId", org.hamcrest.Matchers.is((int) target));
        }
        for (String cell : List.of("C1", "C2", "C3")) {
            admin().get("/api/v1/organizations/" + c.id(cell)).then().body("parentId", org.hamcrest.Matchers.is((int)
                    target));
        }
        List<String> predecessors = admin().get("/api/v1/organizations/" + target + "/lineage")
                .then()
                .statusCode(200)
                .extract()
                .path("predecessors.code");
        assertEquals(List.of(c.code("W1"), c.code("W2")), predecessors);

        // the closed plan's figures are identical to before
        assertEquals(
                closedProgress,
                admin().get("/api/v1/plans/" + closed + "/progress?orgId=" + c.id("CITY"))
                        .then()
                        .extract()
                        .asString());
        assertEquals(
                closedW1,
                admin().get("/api/v1/plans/" + closed + "/progress?orgId=" + c.id("W1"))
                        .then()
                        .extract()
                        .asString());
        assertEquals(
                closedWardsOnly,
                admin().get("/api/v1/plans/" + wardsOnly + "/progress?orgId=" + c.id("CITY"))
                        .then()
                        .extract()
                        .asString());
        assertEquals(
                closedCsv,
                admin().get("/api/v1/plans/" + closed + "/progress/export?format=csv&orgId=" + c.id("CITY"))
                        .then()
                        .extract()
                        .asString());

        // the open plan counts one ward assignment per merged pair (W12, plus the untouched W3) and the three cells
        Map<String, Object> progress = admin().get("/api/v1/plans/" + open + "/progress?orgId=" + c.id("CITY"))
                .then()
                .statusCode(200)
                .extract()
                .path("");
        List<Map<String, Object>> byTier = (List<Map<String, Object>>) progress.get("byTier");
        assertEquals(
                2,
                ((Number) ((Map<String, Object>) byTier.get(0).get("totals")).get("assignments")).intValue(),
                "wards: W12 and W3");
        assertEquals(
                3,
                ((Number) ((Map<String, Object>) byTier.get(1).get("totals")).get("assignments")).intValue(),
                "the three cells");
        assertEquals(
                0,
                ((Number) ((Map<String, Object>) progress.get("totals")).get("completed")).intValue(),
                "W2 had not reported, so the successor is open");
        assertEquals("MERGED", status(a.get("W1")));
        assertEquals("MERGED", status(a.get("W2")));
        countsExact(open, c, "CITY", "W1", "W2", "W3");
        assertEquals(
                4,
                ((Number) admin().get("/api/v1/plans/" + open + "/progress?orgId=" + target)
                                .then()
                                .extract()
                                .path("totals.assignments"))
                        .intValue(),
                "the successor's subtree: its ward assignment and the three cells");
    }

    @Test
    void aClosedPlansMemberCoverageStaysWhenItsWardsMergeAndTheirCellsMove() {
        City c = city();
        StringBuilder roster = new StringBuilder("code,fullName,orgCode,status\n");
        for (int i = 0; i < 5; i++) {
            roster.append(c.p())
                    .append("-K")
                    .append(i)
                    .append(",Đảng viên ")
                    .append(i)
                    .append(',')
                    .append(c.code(i < 3 ? "C1" : "C2"))
                    .append(",CHINH_THUC\n");
        }
        as(c.dept())
                .contentType("text/csv; charset=UTF-8")
                .body(roster.toString())
                .post("/api/v1/members/import")
                .then()
                .statusCode(200);
        // asked of the wards only: the cells' members count through their ward
        Number closed = as(c.dept())
                .body(Map.of(
                        "number",
                        "9-KH",
                        "title",
                        "Sơ kết",
                        "issuerOrgId",
                        c.id("CITY"),
                        "tiers",
                        List.of(Map.of(
                                "name",
                                "Cấp cơ sở",
                                "levelCodes",
                                List.of("co-so"),
                                "deadline",
                                TODAY.plusDays(3).toString()))))
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(c.dept()).post("/api/v1/plans/" + closed + "/publish").then().statusCode(200);
        long w2 = assignments(c, closed.longValue()).get("W2");
        report(w2, 20);
        as(c.dept())
                .body(Map.of("decision", "ACCEPT"))
                .post("/api/v1/reports/" + currentReport(w2) + "/review")
                .then()
                .statusCode(200);
        as(c.dept()).post("/api/v1/plans/" + closed + "/close").then().statusCode(200);
        String before = as(c.dept())
                .get("/api/v1/plans/" + closed + "/progress")
                .then()
                .statusCode(200)
                .body("totals.members", org.hamcrest.Matchers.is(5))
                .body(
                        "children.find { it.org.code == '" + c.code("W1") + "' }.totals.members",
                        org.hamcrest.Matchers.is(5))
                .extract()
                .asString();

        long open = plan(c, "10-KH", TODAY.plusDays(20), TODAY.plusDays(10));
        as(c.dept())
                .body(merge(List.of(c.code("W1"), c.code("W2")), newWard(c, "W9")))
                .post("/api/v1/organizations/merge")
                .then()
                .statusCode(200);
        assertEquals(
                before,
                as(c.dept())
                        .get("/api/v1/plans/" + closed + "/progress")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        as(c.dept())
                .get("/api/v1/plans/" + open + "/progress")
                .then()
                .statusCode(200)
                .body("totals.members", org.hamcrest.Matchers.is(5));
    }

    @Test
    void theSuccessorCompletesOnlyWhenEverySourceHadAndOnTimeOnlyIfAllWere() {
        City c = city();
        long open = plan(c, "3-KH", TODAY.plusDays(5), TODAY.plusDays(10));
        Map<String, Long> a = assignments(c, open);
        report(a.get("W1"), 20);
        report(a.get("W2"), 15);
        admin().body(Map.of("decision", "ACCEPT"))
                .post("/api/v1/reports/" + currentReport(a.get("W1")) + "/review")
                .then()
                .statusCode(200);
        // W3 is exempt: it owes nothing, so it does not hold the successor back
        admin().body(Map.of("reason", "Đang kiện toàn"))
                .post("/api/v1/assignments/" + a.get("W3") + "/exempt")
                .then()
                .statusCode(200);
        Map<String, Object> done = as(c.dept())
                .body(merge(List.of(c.code("W1"), c.code("W2"), c.code("W3")), newWard(c, "ALL")))
                .post("/api/v1/organizations/merge")
                .then()
                .statusCode(200)
                .extract()
                .path("effects");
        assertEquals(3, ((Number) done.get("assignmentsMerged")).intValue());
        assertEquals(1, ((Number) done.get("successorAssignmentsCompleted")).intValue());
        List<Map<String, Object>> mine = admin().get(
                        "/api/v1/plans/" + open + "/assignments?orgId=" + c.id("CITY") + "&size=100")
                .then()
                .extract()
                .path("items.findAll { it.orgCode == '" + c.code("ALL") + "' }");
        assertEquals(1, mine.size());
        assertEquals("REPORTED", mine.get(0).get("status"), "completed, not all accepted");
        assertEquals(true, mine.get(0).get("onTime"));
        countsExact(open, c, "CITY", "ALL");
        // a merged source takes no more work
        admin().body(Map.of("heldOn", TODAY.toString(), "attendees", 1, "expected", 2))
                .post("/api/v1/assignments/" + a.get("W2") + "/reports")
                .then()
                .statusCode(409);
    }

    @Test
    void aReturnedSourceKeepsTheSuccessorOpenAndMovedCellsKeepTheirOwnWork() {
        City c = city();
        long open = plan(c, "4-KH", TODAY.plusDays(5), TODAY.plusDays(10));
        Map<String, Long> a = assignments(c, open);
        report(a.get("W1"), 20);
        report(a.get("W2"), 15);
        report(a.get("C1"), 10);
        admin().body(Map.of("decision", "RETURN", "comment", "Bổ sung"))
                .post("/api/v1/reports/" + currentReport(a.get("W2")) + "/review")
                .then()
                .statusCode(200);
        // into an existing ward: W3 keeps its own assignment as it is
        as(c.dept())
                .body(merge(List.of(c.code("W1"), c.code("W2")), Map.of("code", c.code("W3"))))
                .post("/api/v1/organizations/merge")
                .then()
                .statusCode(200)
                .body("effects.successorAssignments", org.hamcrest.Matchers.is(0))
                .body("effects.assignmentsMerged", org.hamcrest.Matchers.is(2));
        assertEquals("PENDING", status(a.get("W3")));
        assertEquals("REPORTED", status(a.get("C1")), "a cell that moved keeps its own assignment");
        assertEquals("PENDING", status(a.get("C3")));
        countsExact(open, c, "CITY", "W3", "W1");
        assertEquals(
                60,
                ((Number) admin().get("/api/v1/organizations/" + c.id("W3"))
                                .then()
                                .extract()
                                .path("memberCount"))
                        .intValue(),
                "members follow into the existing ward");
    }

    @Test
    void splitGivesThePrimaryTheSourcesWorkAndMoveShiftsCountsWhileAClosedPlanStays() {
        City c = city();
        long closed = plan(c, "5-KH", TODAY.plusDays(2), TODAY.plusDays(3));
        report(assignments(c, closed).get("C1"), 9);
        as(c.dept()).post("/api/v1/plans/" + closed + "/close").then().statusCode(200);
        String before = admin().get("/api/v1/plans/" + closed + "/progress?orgId=" + c.id("W1"))
                .then()
                .extract()
                .asString();
        long open = plan(c, "6-KH", TODAY.plusDays(5), TODAY.plusDays(10));
        Map<String, Long> a = assignments(c, open);
        report(a.get("W1"), 20);
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("sourceCode", c.code("W1"));
        split.put(
                "successors",
                List.of(
                        Map.of(
                                "code",
                                c.code("W1N"),
                                "name",
                                "Đảng ủy phường Một Bắc",
                                "parentCode",
                                c.code("CITY"),
                                "levelCode",
                                "co-so",
                                "primary",
                                true),
                        Map.of(
                                "code",
                                c.code("W1S"),
                                "name",
                                "Đảng ủy phường Một Nam",
                                "parentCode",
                                c.code("CITY"),
                                "levelCode",
                                "co-so",
                                "childCodes",
                                List.of(c.code("C2")))));
        split.put("effectiveOn", TODAY.toString());
        split.put("decision", "Quyết định số 20-QĐ/TU");
        as(c.dept())
                .body(split)
                .post("/api/v1/organizations/split?dryRun=true")
                .then()
                .statusCode(200)
                .body("effects.childrenMoved", org.hamcrest.Matchers.is(2));
        Map<String, Object> r = as(c.dept())
                .body(split)
                .post("/api/v1/organizations/split")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        List<Map<String, Object>> successors = (List<Map<String, Object>>) r.get("successors");
        long north = ((Number) successors.get(0).get("id")).longValue();
        long south = ((Number) successors.get(1).get("id")).longValue();
        admin().get("/api/v1/organizations/" + c.id("W1")).then().body("successorId", org.hamcrest.Matchers.is((int)
                north));
        admin().get("/api/v1/organizations/" + c.id("C2")).then().body("parentId", org.hamcrest.Matchers.is((int)
                south));
        admin().get("/api/v1/organizations/" + c.id("C1")).then().body("parentId", org.hamcrest.Matchers.is((int)
                north));
        List<Map<String, Object>> items = admin().get(
                        "/api/v1/plans/" + open + "/assignments?orgId=" + c.id("CITY") + "&size=100")
                .then()
                .extract()
                .path("items");
        Map<String, String> byOrg = new HashMap<>();
        items.forEach(i -> byOrg.put((String) i.get("orgCode"), (String) i.get("status")));
        assertEquals("REPORTED", byOrg.get(c.code("W1N")), "the primary successor carries the source's completion");
        assertEquals("PENDING", byOrg.get(c.code("W1S")), "the other successor owes its own");
        countsExact(open, c, "CITY", "W1");
        // a move by decision shifts the open plan's counts, not the closed plan's
        as(c.dept())
                .body(Map.of(
                        "code",
                        c.code("C3"),
                        "parentCode",
                        c.code("W3"),
                        "effectiveOn",
                        TODAY.toString(),
                        "decision",
                        "QĐ 21"))
                .post("/api/v1/organizations/move")
                .then()
                .statusCode(200);
        countsExact(open, c, "CITY", "W2", "W3");
        assertEquals(
                before,
                admin().get("/api/v1/plans/" + closed + "/progress?orgId=" + c.id("W1"))
                        .then()
                        .extract()
                        .asString());
        admin().get("/api/v1/organizations/" + north + "/lineage")
                .then()
                .body("predecessors.code", org.hamcrest.Matchers.contains(c.code("W1")));
        admin().get("/api/v1/organizations/" + c.id("W1") + "/lineage")
                .then()
                .body("successor.id", org.hamcrest.Matchers.is((int) north));
        // deactivating after close leaves the closed plan alone too
        admin().delete("/api/v1/organizations/" + c.id("C2")).then().statusCode(200);
        assertEquals(
                before,
                admin().get("/api/v1/plans/" + closed + "/progress?orgId=" + c.id("W1"))
                        .then()
                        .extract()
                        .asString());
    }

    private static List<Map<String, Object>> predecessorReports(RequestSpecification who, long assignmentId) {
        return who.get("/api/v1/assignments/" + assignmentId + "/predecessor-reports")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
    }

    @Test
    void theSuccessorsHistoryShowsTheSourcesReportsWithTheirSourceUnderTheListsRules() {
        City c = city();
        long open = plan(c, "6-KH", TODAY.plusDays(5), TODAY.plusDays(10));
        Map<String, Long> a = assignments(c, open);
        report(a.get("W1"), 20);
        report(a.get("W2"), 15);
        admin().body(Map.of("decision", "ACCEPT"))
                .post("/api/v1/reports/" + currentReport(a.get("W1")) + "/review")
                .then()
                .statusCode(200);
        admin().body(Map.of("decision", "RETURN", "comment", "Bổ sung số liệu"))
                .post("/api/v1/reports/" + currentReport(a.get("W2")) + "/review")
                .then()
                .statusCode(200);
        as(c.dept())
                .body(merge(List.of(c.code("W1"), c.code("W2")), newWard(c, "N")))
                .post("/api/v1/organizations/merge")
                .then()
                .statusCode(200);
        long successor = assignments(c, open).get("N");
        assertEquals("PENDING", status(successor), "a returned source keeps the successor open");

        // the successor's own history is its own; the sources' reports come beside it, each with its source
        List<Object> own = admin().get("/api/v1/assignments/" + successor + "/reports")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        assertEquals(0, own.size());
        List<Map<String, Object>> before = predecessorReports(as(c.dept()), successor);
        assertEquals(2, before.size(), before.toString());
        Map<String, Map<String, Object>> bySource = new HashMap<>();
        before.forEach(p -> bySource.put((String) p.get("fromOrgCode"), p));
        Map<String, Object> w1 = bySource.get(c.code("W1"));
        Map<String, Object> w2 = bySource.get(c.code("W2"));
        assertEquals(a.get("W1").longValue(), ((Number) w1.get("fromAssignmentId")).longValue());
        assertEquals(c.id("W1"), ((Number) w1.get("fromOrgId")).longValue());
        assertEquals("Đảng ủy phường Một", w1.get("fromOrgName"));
        assertEquals("ACCEPTED", ((Map<String, Object>) w1.get("report")).get("state"));
        assertEquals(20, ((Map<String, Object>) w1.get("report")).get("attendees"));
        assertEquals("Đảng ủy phường Hai", w2.get("fromOrgName"));
        assertEquals("RETURNED", ((Map<String, Object>) w2.get("report")).get("state"));
        assertEquals("Bổ sung số liệu", ((Map<String, Object>) w2.get("report")).get("reviewComment"));
        assertEquals(
                a.get("W2").longValue(),
                ((Number) ((Map<String, Object>) w2.get("report")).get("assignmentId")).longValue());
        // an assignment nothing was merged into has no predecessors
        assertEquals(0, predecessorReports(as(c.dept()), a.get("W3")).size());

        // the same rules as the list of its own reports: the successor's reporter and a viewer above read them;
        // another tree and another ward's reporter do not see the assignment
        String reporter = Api.user("rs-pred-rep", c.id("N"), "REPORTER");
        String viewer = Api.user("rs-pred-view", c.id("CITY"), "VIEWER");
        String otherReporter = Api.user("rs-pred-rep3", c.id("W3"), "REPORTER");
        String otherDept = Api.user("rs-pred-other", c.id("OTHER"), "DEPARTMENT");
        assertEquals(2, predecessorReports(as(reporter), successor).size());
        assertEquals(2, predecessorReports(as(viewer), successor).size());
        for (String path : List.of("/reports", "/predecessor-reports")) {
            as(otherDept).get("/api/v1/assignments/" + successor + path).then().statusCode(404);
            as(otherReporter)
                    .get("/api/v1/assignments/" + successor + path)
                    .then()
                    .statusCode(404);
        }
        as(c.dept())
                .get("/api/v1/assignments/999999999/predecessor-reports")
                .then()
                .statusCode(404);
        // every role reads the list (a portal key as a VIEWER of its subtree), so no role is refused here: the
        // predecessors answer exactly as the list does, and nobody unauthenticated reads either
        String portal = admin().body(
                        Map.of("name", "Cổng thành phố", "orgId", c.id("CITY"), "roles", List.of("PORTAL")))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
        String otherPortal = admin().body(
                        Map.of("name", "Cổng tỉnh khác", "orgId", c.id("OTHER"), "roles", List.of("PORTAL")))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
        assertEquals(
                2,
                predecessorReports(given().header("X-API-Key", portal), successor)
                        .size());
        for (String path : List.of("/reports", "/predecessor-reports")) {
            given().header("X-API-Key", portal)
                    .get("/api/v1/assignments/" + successor + path)
                    .then()
                    .statusCode(200);
            given().header("X-API-Key", otherPortal)
                    .get("/api/v1/assignments/" + successor + path)
                    .then()
                    .statusCode(404);
            given().get("/api/v1/assignments/" + successor + path).then().statusCode(401);
        }

        // a chain of mergers: what was merged into the successor stays readable from the next successor
        as(c.dept())
                .body(merge(List.of(c.code("N"), c.code("W3")), newWard(c, "M")))
                .post("/api/v1/organizations/merge")
                .then()
                .statusCode(200);
        long next = assignments(c, open).get("M");
        List<Map<String, Object>> chained = predecessorReports(as(c.dept()), next);
        assertEquals(
                java.util.Set.of(c.code("W1"), c.code("W2")),
                chained.stream().map(p -> p.get("fromOrgCode")).collect(java.util.stream.Collectors.toSet()),
                chained.toString());
    }

    @Test
    void badInputChangesNothingAndScopeAndRolesAreChecked() {
        City c = city();
        String reporter = Api.user("rs-rep", c.id("W1"), "REPORTER");
        String viewer = Api.user("rs-view", c.id("CITY"), "VIEWER");
        String otherDept = Api.user("rs-other", c.id("OTHER"), "DEPARTMENT");
        String wardDept = Api.user("rs-ward", c.id("W1"), "DEPARTMENT");
        Map<String, Object> body = merge(List.of(c.code("W1"), c.code("W2")), newWard(c, "X"));
        as(otherDept).body(body).post("/api/v1/organizations/merge").then().statusCode(404);
        as(reporter).body(body).post("/api/v1/organizations/merge").then().statusCode(403);
        as(viewer)
                .body(body)
                .post("/api/v1/organizations/merge?dryRun=true")
                .then()
                .statusCode(403);
        as(wardDept)
                .body(body)
                .post("/api/v1/organizations/merge")
                .then()
                .statusCode(403); // W1 may not merge itself away
        as(otherDept)
                .get("/api/v1/organizations/" + c.id("W1") + "/lineage")
                .then()
                .statusCode(404);
        // levels: only the system administrator
        as(c.dept())
                .body(Map.of("name", "x", "rank", 1))
                .put("/api/v1/levels/co-so")
                .then()
                .statusCode(403);
        String cityAdmin = Api.user("rs-admin", c.id("CITY"), "ADMIN");
        as(cityAdmin)
                .body(Map.of("name", "x", "rank", 1))
                .put("/api/v1/levels/co-so")
                .then()
                .statusCode(403);
        as(cityAdmin).delete("/api/v1/levels/co-so").then().statusCode(403);
        admin().body(Map.of("name", "x", "rank", 1))
                .put("/api/v1/levels/khong-co")
                .then()
                .statusCode(404);
        admin().body(Map.of("name", "x", "rank", -1))
                .put("/api/v1/levels/co-so")
                .then()
                .statusCode(400);

        Map<String, Object> future = merge(List.of(c.code("W1")), newWard(c, "F"));
        future.put("effectiveOn", TODAY.plusDays(3).toString());
        as(c.dept())
                .body(future)
                .post("/api/v1/organizations/merge")
                .then()
                .statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.is("effectiveOn"));
        as(c.dept())
                .body(merge(List.of(c.code("W1"), c.code("W1")), newWard(c, "D")))
                .post("/api/v1/organizations/merge")
                .then()
                .statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.is("sourceCodes"));
        as(c.dept())
                .body(merge(List.of(c.code("W1"), c.code("C1")), newWard(c, "N")))
                .post("/api/v1/organizations/merge")
                .then()
                .statusCode(422);
        as(c.dept())
                .body(merge(List.of(c.code("W1")), Map.of("code", c.code("NEW"))))
                .post("/api/v1/organizations/merge")
                .then()
                .statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.is("target.name"));
        Map<String, Object> intoChild = merge(
                List.of(c.code("W1")),
                Map.of("code", c.code("NC"), "name", "x", "parentCode", c.code("C1"), "levelCode", "chi-bo"));
        as(c.dept())
                .body(intoChild)
                .post("/api/v1/organizations/merge")
                .then()
                .statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.is("target.parentCode"));
        // a retired level takes no new organisations
        String retired = Api.unique("cu").toLowerCase();
        admin().body(Map.of("code", retired, "name", "Cấp cũ", "rank", 7))
                .post("/api/v1/levels")
                .then()
                .statusCode(201);
        admin().delete("/api/v1/levels/" + retired)
                .then()
                .statusCode(200)
                .body("active", org.hamcrest.Matchers.is(false));
        as(c.dept())
                .body(merge(
                        List.of(c.code("W1")),
                        Map.of("code", c.code("R"), "name", "x", "parentCode", c.code("CITY"), "levelCode", retired)))
                .post("/api/v1/organizations/merge")
                .then()
                .statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.is("target.levelCode"));
        admin().body(Map.of("code", c.code("R2"), "name", "x", "parentId", c.id("CITY"), "levelCode", retired))
                .post("/api/v1/organizations")
                .then()
                .statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.is("levelCode"));
        // nothing moved
        admin().get("/api/v1/organizations/" + c.id("W1")).then().body("active", org.hamcrest.Matchers.is(true));
        admin().get("/api/v1/organizations/" + c.id("C1")).then().body("parentId", org.hamcrest.Matchers.is((int)
                c.id("W1")));
    }

    @Test
    void aCsvOfManyRestructuringsRunsAllOrNothingAndIsInTheFeed() {
        City c = city();
        String good =
                "kind,sourceCodes,targetCode,targetName,parentCode,levelCode,effectiveOn,decision,primary,childCodes\n"
                        + "MERGE," + c.code("W1") + ";" + c.code("W2") + "," + c.code("W12")
                        + ",Đảng ủy phường Mười hai," + c.code("CITY") + ",co-so," + TODAY
                        + ",QĐ 30,,\n"
                        + "RENAME," + c.code("W3") + ",,Đảng ủy phường Ba Mới,,," + TODAY + ",QĐ 30,,\n";
        String bad = good + "MOVE," + c.code("C3") + ",,,,," + "2026-13-01" + ",QĐ 30,,\n";
        as(c.dept())
                .contentType("text/csv; charset=UTF-8")
                .body(bad)
                .post("/api/v1/organizations/restructure")
                .then()
                .statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.startsWith("line 4"));
        admin().get("/api/v1/organizations/" + c.id("W1")).then().body("active", org.hamcrest.Matchers.is(true));
        // a rule broken on the second line undoes the first
        String undone =
                good.replace("Đảng ủy phường Ba Mới", "x").replace("RENAME," + c.code("W3"), "RENAME," + c.code("W1"));
        as(c.dept())
                .contentType("text/csv; charset=UTF-8")
                .body(undone)
                .post("/api/v1/organizations/restructure")
                .then()
                .statusCode(422);
        admin().get("/api/v1/organizations/" + c.id("W1")).then().body("active", org.hamcrest.Matchers.is(true));
        as(c.dept())
                .contentType("text/csv; charset=UTF-8")
                .body(good)
                .post("/api/v1/organizations/restructure?dryRun=true")
                .then()
                .statusCode(200)
                .body("restructurings", org.hamcrest.Matchers.is(2))
                .body("effects.sourcesDeactivated", org.hamcrest.Matchers.is(2));
        admin().get("/api/v1/organizations/" + c.id("W1")).then().body("active", org.hamcrest.Matchers.is(true));
        as(c.dept())
                .contentType("text/csv; charset=UTF-8")
                .body(good)
                .post("/api/v1/organizations/restructure")
                .then()
                .statusCode(200)
                .body("effects.childrenMoved", org.hamcrest.Matchers.is(3));
        admin().get("/api/v1/organizations/" + c.id("W3"))
                .then()
                .body("name", org.hamcrest.Matchers.is("Đảng ủy phường Ba Mới"));
        // the merger is in the change feed, scoped to the city
        List<String> types = as(c.dept())
                .get("/api/v1/events?limit=1000")
                .then()
                .statusCode(200)
                .extract()
                .path("items.type");
        String next =
                as(c.dept()).get("/api/v1/events?limit=1000").then().extract().path("next");
        boolean found = types.contains("organization.merged");
        for (int i = 0; i < 50 && !found; i++) {
            var page = as(c.dept())
                    .get("/api/v1/events?limit=1000&after=" + next)
                    .then()
                    .statusCode(200)
                    .extract();
            List<String> more = page.path("items.type");
            found = more.contains("organization.merged");
            next = page.path("next");
            if (more.isEmpty()) {
                break;
            }
        }
        assertTrue(found, "organization.merged in the feed");
        admin().body(Map.of(
                        "url",
                        "https://portal.example/hooks",
                        "secret",
                        "a-long-shared-secret-1234",
                        "events",
                        List.of("organization.merged", "organization.split"),
                        "orgId",
                        c.id("CITY")))
                .contentType(ContentType.JSON)
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201);
    }
}
