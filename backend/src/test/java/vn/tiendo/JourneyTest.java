package vn.tiendo;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tiendo.support.Api.as;
import static vn.tiendo.support.Api.org;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/**
 * The journey of the backbone issue, over HTTP on a real PostgreSQL: import a tree, publish a plan with two tiers
 * (one deadline already past), schedule and hold sessions, file reports (one late, one returned and resubmitted,
 * one exempted), and compare the progress figures with the numbers worked out by hand; a child plan with a later
 * deadline is refused; the XLSX export opens; a sibling's reporter sees and changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);
    static final String P = Api.unique("J");
    static Map<String, Long> ids;
    static Map<String, String> users = new HashMap<>();
    static long planId;
    static Map<String, Long> assignmentOf = new HashMap<>();

    static String code(String s) {
        return P + "-" + s;
    }

    @Test
    @Order(1)
    void importTreeAndUsers() {
        ids = Api.importTree(List.of(
                org(code("H1-C2"), "Đảng ủy phường Hòa Hương", code("H1"), "co-so", 20), // child before its parent
                org(code("ROOT"), "Tỉnh ủy Thử nghiệm", null, "tinh", 1000),
                org(code("H1"), "Thành ủy Tam Kỳ", code("ROOT"), "huyen", 100),
                org(code("H2"), "Huyện ủy Núi Thành", code("ROOT"), "huyen", 80),
                org(code("H1-C1"), "Đảng ủy phường An Mỹ", code("H1"), "co-so", 30),
                org(code("H2-C1"), "Đảng ủy xã Tam Nghĩa", code("H2"), "co-so", 25),
                org(code("H2-C2"), "Đảng ủy xã Tam Quang", code("H2"), "co-so", 10)));
        users.put("dept", Api.user("dept", ids.get(code("ROOT")), "DEPARTMENT"));
        users.put("deptH1", Api.user("depth1", ids.get(code("H1")), "DEPARTMENT"));
        for (String o : List.of("H1", "H2", "H1-C1", "H1-C2", "H2-C1", "H2-C2")) {
            users.put(o, Api.user("rep-" + o.toLowerCase(), ids.get(code(o)), "REPORTER"));
        }
    }

    @Test
    @Order(2)
    void createAndPublishPlanWithTwoTiers() {
        Map<String, Object> plan = planBody(null, TODAY.minusDays(3), TODAY.plusDays(10));
        Number id = as(users.get("dept"))
                .body(plan)
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("tiers.size()", equalTo(2))
                .body("issuerOrgId", equalTo(ids.get(code("ROOT")).intValue()))
                .extract()
                .path("id");
        planId = id.longValue();
        as(users.get("dept"))
                .post("/api/v1/plans/" + planId + "/publish?dryRun=true")
                .then()
                .statusCode(200)
                .body("assignmentsCreated", equalTo(6))
                .body("dryRun", equalTo(true));
        as(users.get("dept")).get("/api/v1/plans/" + planId).then().body("status", equalTo("DRAFT"));
        as(users.get("dept"))
                .post("/api/v1/plans/" + planId + "/publish")
                .then()
                .statusCode(200)
                .body("assignmentsCreated", equalTo(6));
        as(users.get("dept"))
                .post("/api/v1/plans/" + planId + "/publish")
                .then()
                .statusCode(409);
        as(users.get("dept")).body(plan).put("/api/v1/plans/" + planId).then().statusCode(409);

        List<Map<String, Object>> items = as(users.get("dept"))
                .get("/api/v1/plans/" + planId + "/assignments?size=100")
                .then()
                .statusCode(200)
                .body("total", equalTo(6))
                .extract()
                .path("items");
        for (Map<String, Object> a : items) {
            String orgCode = ((String) a.get("orgCode")).substring(P.length() + 1);
            assignmentOf.put(orgCode, ((Number) a.get("id")).longValue());
        }
        assertEquals(6, assignmentOf.size());
    }

    @Test
    @Order(3)
    void cellsHoldSessionsAndReport() {
        // H1 (deadline passed 3 days ago) reports now: late
        as(users.get("H1"))
                .body(report(TODAY.minusDays(4), 90, null))
                .post(reports("H1"))
                .then()
                .statusCode(201)
                .body("onTime", equalTo(false))
                .body("expected", equalTo(100))
                .body("version", equalTo(1));
        as(users.get("H1"))
                .get("/api/v1/assignments/" + assignmentOf.get("H1"))
                .then()
                .body("status", equalTo("REPORTED"))
                .body("onTime", equalTo(false))
                .body("overdue", equalTo(false));

        // H1-C1 schedules, then reports on time, and is accepted
        as(users.get("H1-C1"))
                .body(Map.of(
                        "startsAt",
                        OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(1).toString(),
                        "venue",
                        "Hội trường"))
                .post("/api/v1/assignments/" + assignmentOf.get("H1-C1") + "/sessions")
                .then()
                .statusCode(201)
                .body("status", equalTo("SCHEDULED"));
        as(users.get("H1-C1"))
                .get("/api/v1/assignments/" + assignmentOf.get("H1-C1"))
                .then()
                .body("status", equalTo("SCHEDULED"));
        Number c1Report = as(users.get("H1-C1"))
                .body(report(TODAY, 30, 30))
                .post(reports("H1-C1"))
                .then()
                .statusCode(201)
                .body("onTime", equalTo(true))
                .extract()
                .path("id");
        as(users.get("dept"))
                .body(Map.of("decision", "ACCEPT"))
                .post("/api/v1/reports/" + c1Report + "/review")
                .then()
                .statusCode(200)
                .body("state", equalTo("ACCEPTED"));

        // H1-C2 reports, is returned with a reason, resubmits (version 2)
        Number first = as(users.get("H1-C2"))
                .body(report(TODAY, 15, null))
                .post(reports("H1-C2"))
                .then()
                .statusCode(201)
                .body("expected", equalTo(20))
                .extract()
                .path("id");
        as(users.get("H1-C2"))
                .body(report(TODAY, 16, null))
                .post(reports("H1-C2"))
                .then()
                .statusCode(409); // pending review
        as(users.get("dept"))
                .body(Map.of("decision", "RETURN"))
                .post("/api/v1/reports/" + first + "/review")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("comment"));
        as(users.get("dept"))
                .body(Map.of("decision", "RETURN", "comment", "Thiếu số bài thu hoạch"))
                .post("/api/v1/reports/" + first + "/review")
                .then()
                .statusCode(200)
                .body("state", equalTo("RETURNED"));
        as(users.get("H1-C2"))
                .get("/api/v1/assignments/" + assignmentOf.get("H1-C2"))
                .then()
                .body("status", equalTo("RETURNED"))
                .body("currentReport.reviewComment", equalTo("Thiếu số bài thu hoạch"))
                .body("completedAt", nullValue());
        as(users.get("H1-C2"))
                .body(report(TODAY, 18, 20))
                .post(reports("H1-C2"))
                .then()
                .statusCode(201)
                .body("version", equalTo(2));
        as(users.get("H1-C2"))
                .get(reports("H1-C2"))
                .then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].version", equalTo(2))
                .body("[1].state", equalTo("RETURNED"));

        // H2-C1 held a session this morning, no report yet
        Number session = as(users.get("H2-C1"))
                .body(Map.of(
                        "startsAt",
                        OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(3).toString()))
                .post("/api/v1/assignments/" + assignmentOf.get("H2-C1") + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(users.get("H2-C1"))
                .body(Map.of("status", "HELD"))
                .patch("/api/v1/sessions/" + session)
                .then()
                .statusCode(200)
                .body("status", equalTo("HELD"));
        as(users.get("H2-C1"))
                .get("/api/v1/assignments/" + assignmentOf.get("H2-C1"))
                .then()
                .body("status", equalTo("HELD"));

        // H2-C2 is exempted by the department
        as(users.get("dept"))
                .body(Map.of("reason", "Đã sáp nhập vào xã Tam Nghĩa"))
                .post("/api/v1/assignments/" + assignmentOf.get("H2-C2") + "/exempt")
                .then()
                .statusCode(200)
                .body("status", equalTo("EXEMPT"))
                .body("exemptReason", equalTo("Đã sáp nhập vào xã Tam Nghĩa"));
        as(users.get("H2-C2"))
                .body(report(TODAY, 5, null))
                .post(reports("H2-C2"))
                .then()
                .statusCode(409);
        // H2 (past deadline) does nothing: overdue
    }

    /*
     * By hand, over the whole tree: 6 assignments, 1 exempt → 5 owed.
     * completed = H1 (REPORTED, late) + H1-C1 (ACCEPTED) + H1-C2 (REPORTED v2) = 3; on time = H1-C1, H1-C2 = 2.
     * completionRate = 3/5, onTimeRate = 2/5, attendance = (90 + 30 + 18) / (100 + 30 + 20) = 138/150.
     * overdue = H2 only. Tier A (huyện): 2 owed, 1 completed, 0 on time. Tier B (cơ sở): 3 owed, 2 completed, 2 on time, 48/50.
     * Children of ROOT: H1 = 3 assignments, 3 completed, 2 on time; H2 = 3 assignments, 1 exempt, 0 completed, 1 overdue.
     */
    @Test
    @Order(4)
    void progressFiguresMatchTheHandCount() {
        String url = "/api/v1/plans/" + planId + "/progress?orgId=" + ids.get(code("ROOT"));
        as(users.get("dept"))
                .get(url)
                .then()
                .statusCode(200)
                .body("totals.assignments", equalTo(6))
                .body("totals.exempt", equalTo(1))
                .body("totals.pending", equalTo(1))
                .body("totals.held", equalTo(1))
                .body("totals.reported", equalTo(2))
                .body("totals.accepted", equalTo(1))
                .body("totals.returned", equalTo(0))
                .body("totals.scheduled", equalTo(0))
                .body("totals.completed", equalTo(3))
                .body("totals.completedOnTime", equalTo(2))
                .body("totals.overdue", equalTo(1))
                .body("totals.attendees", equalTo(138))
                .body("totals.expected", equalTo(150))
                .body("totals.completionRate", closeTo(0.6, 1e-12))
                .body("totals.onTimeRate", closeTo(0.4, 1e-12))
                .body("totals.attendanceRate", closeTo(138.0 / 150, 1e-12))
                .body("byTier[0].totals.assignments", equalTo(2))
                .body("byTier[0].totals.completionRate", closeTo(0.5, 1e-12))
                .body("byTier[0].totals.onTimeRate", closeTo(0.0, 1e-12))
                .body("byTier[0].totals.overdue", equalTo(1))
                .body("byTier[1].totals.completionRate", closeTo(2.0 / 3, 1e-12))
                .body("byTier[1].totals.onTimeRate", closeTo(2.0 / 3, 1e-12))
                .body("byTier[1].totals.attendanceRate", closeTo(48.0 / 50, 1e-12))
                .body("children.size()", equalTo(2))
                .body(
                        "children.find { it.org.code == '" + code("H1") + "' }.totals.completionRate",
                        closeTo(1.0, 1e-12))
                .body(
                        "children.find { it.org.code == '" + code("H1") + "' }.totals.onTimeRate",
                        closeTo(2.0 / 3, 1e-12))
                .body(
                        "children.find { it.org.code == '" + code("H2") + "' }.totals.completionRate",
                        closeTo(0.0, 1e-12))
                .body("children.find { it.org.code == '" + code("H2") + "' }.totals.overdue", equalTo(1))
                .body("children.find { it.org.code == '" + code("H2") + "' }.totals.attendanceRate", nullValue());

        as(users.get("dept"))
                .get("/api/v1/plans/" + planId + "/assignments?overdue=true")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].orgCode", equalTo(code("H2")))
                .body("items[0].daysLeft", equalTo(-3));
        as(users.get("dept"))
                .get("/api/v1/plans/" + planId + "/progress/timeline?orgId=" + ids.get(code("ROOT")))
                .then()
                .statusCode(200)
                .body("assignments", equalTo(5))
                .body("deadlines.size()", equalTo(2))
                .body("points.find { it.date == '" + TODAY + "' }.completed", equalTo(3))
                .body("points.find { it.date == '" + TODAY + "' }.completedOnTime", equalTo(2));
        as(users.get("dept"))
                .get("/api/v1/dashboard?orgId=" + ids.get(code("ROOT")))
                .then()
                .statusCode(200)
                .body("plans.find { it.planId == " + planId + " }.totals.completed", equalTo(3));
    }

    @Test
    @Order(5)
    void xlsxExportOpensWithOneRowPerOrganisation() throws Exception {
        byte[] xlsx = as(users.get("dept"))
                .get("/api/v1/plans/" + planId + "/progress/export?format=xlsx")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString(".xlsx"))
                .extract()
                .asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Mã đơn vị", sheet.getRow(3).getCell(1).getStringCellValue());
            assertEquals("Tỷ lệ hoàn thành", sheet.getRow(3).getCell(18).getStringCellValue());
            List<String> codes = new ArrayList<>();
            for (int r = 4; r < sheet.getLastRowNum(); r++) {
                assertEquals(r - 3, (int) sheet.getRow(r).getCell(0).getNumericCellValue(), "STT");
                codes.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertEquals(6, codes.size(), "one row per organisation with an assignment: " + codes);
            int h1 = codes.indexOf(code("H1"));
            assertEquals(90.0, sheet.getRow(4 + h1).getCell(20).getNumericCellValue());
            assertEquals(1.0, sheet.getRow(4 + h1).getCell(18).getNumericCellValue());
            assertEquals("0.0%", sheet.getRow(4 + h1).getCell(18).getCellStyle().getDataFormatString());
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Tổng cộng", total.getCell(2).getStringCellValue());
            assertEquals(3, (int) total.getCell(16).getNumericCellValue(), "completed over the whole subtree");
        }
        String csv = as(users.get("dept"))
                .get("/api/v1/plans/" + planId + "/progress/export?format=csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(7, csv.strip().split("\n").length);
        as(users.get("dept"))
                .get("/api/v1/plans/" + planId + "/progress/export?format=pdf")
                .then()
                .statusCode(400);
    }

    @Test
    @Order(6)
    void childPlanMayNotEndLaterThanItsParent() {
        Map<String, Object> late = planBody(planId, TODAY.minusDays(3), TODAY.plusDays(15));
        late.put("issuerOrgId", ids.get(code("H1")));
        late.put("tiers", List.of(tier("Cấp cơ sở (Tam Kỳ)", "co-so", TODAY.plusDays(15))));
        as(users.get("deptH1"))
                .body(late)
                .post("/api/v1/plans")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("tiers[0].deadline"))
                .body("detail", containsString("Cấp cơ sở (Tam Kỳ)"))
                .body("detail", containsString(fmt(TODAY.plusDays(15))))
                .body("detail", containsString(fmt(TODAY.plusDays(10))));
        late.put("tiers", List.of(tier("Cấp cơ sở (Tam Kỳ)", "co-so", TODAY.plusDays(8))));
        Number child = as(users.get("deptH1"))
                .body(late)
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .body("parentPlanId", equalTo((int) planId))
                .extract()
                .path("id");
        as(users.get("deptH1"))
                .post("/api/v1/plans/" + child + "/publish")
                .then()
                .statusCode(200)
                .body("assignmentsCreated", equalTo(2));
    }

    @Test
    @Order(7)
    void aSiblingsReporterSeesAndChangesNothing() {
        String sibling = users.get("H2-C1");
        long other = assignmentOf.get("H1-C1");
        as(sibling).get("/api/v1/assignments/" + other).then().statusCode(404);
        as(sibling).get("/api/v1/assignments/" + other + "/reports").then().statusCode(404);
        as(sibling)
                .body(report(TODAY, 1, null))
                .post("/api/v1/assignments/" + other + "/reports")
                .then()
                .statusCode(404);
        as(sibling)
                .body(Map.of("startsAt", OffsetDateTime.now().toString()))
                .post("/api/v1/assignments/" + other + "/sessions")
                .then()
                .statusCode(404);
        as(sibling)
                .get("/api/v1/organizations/" + ids.get(code("H1-C1")))
                .then()
                .statusCode(404);
        as(sibling)
                .get("/api/v1/organizations/" + ids.get(code("H1-C1")) + "/assignments")
                .then()
                .statusCode(404);
        as(sibling)
                .get("/api/v1/plans/" + planId + "/progress?orgId=" + ids.get(code("H1")))
                .then()
                .statusCode(404);
        as(sibling)
                .get("/api/v1/plans/" + planId + "/assignments?orgId=" + ids.get(code("H1-C1")))
                .then()
                .statusCode(404);
        as(sibling)
                .get("/api/v1/plans/" + planId + "/assignments")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].orgCode", equalTo(code("H2-C1")));
        as(sibling).get("/api/v1/reports?size=100").then().statusCode(200).body("total", equalTo(0));
        as(sibling).get("/api/v1/organizations?size=100").then().statusCode(200).body("total", equalTo(1));
        // a department of one district sees nothing of the other
        as(users.get("deptH1"))
                .get("/api/v1/organizations/" + ids.get(code("H2")))
                .then()
                .statusCode(404);
        as(users.get("deptH1"))
                .body(Map.of("reason", "x"))
                .post("/api/v1/assignments/" + assignmentOf.get("H2") + "/exempt")
                .then()
                .statusCode(404);
        // nothing was changed by those attempts
        as(users.get("dept")).get("/api/v1/assignments/" + other).then().body("status", equalTo("ACCEPTED"));
        as(users.get("dept"))
                .get("/api/v1/assignments/" + assignmentOf.get("H2"))
                .then()
                .body("status", equalTo("PENDING"));
    }

    @Test
    @Order(8)
    void closingThePlanStopsReports() {
        as(users.get("dept"))
                .post("/api/v1/plans/" + planId + "/close")
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
        as(users.get("H2"))
                .body(report(TODAY, 70, null))
                .post(reports("H2"))
                .then()
                .statusCode(409);
        as(users.get("dept"))
                .get("/api/v1/assignments/" + assignmentOf.get("H2"))
                .then()
                .body("status", equalTo("PENDING"));
    }

    static String fmt(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    static String reports(String org) {
        return "/api/v1/assignments/" + assignmentOf.get(org) + "/reports";
    }

    static Map<String, Object> report(LocalDate heldOn, int attendees, Integer expected) {
        Map<String, Object> r = new HashMap<>();
        r.put("heldOn", heldOn.toString());
        r.put("attendees", attendees);
        if (expected != null) {
            r.put("expected", expected);
        }
        r.put("writeUps", attendees);
        r.put("actionProgrammeAdopted", true);
        r.put("actionProgrammeRef", "05-CTr/ĐU");
        return r;
    }

    static Map<String, Object> tier(String name, String level, LocalDate deadline) {
        Map<String, Object> t = new HashMap<>();
        t.put("name", name);
        t.put("levelCodes", List.of(level));
        t.put("durationDays", 0.5);
        t.put("deadline", deadline.toString());
        return t;
    }

    static Map<String, Object> planBody(Long parent, LocalDate huyenDeadline, LocalDate coSoDeadline) {
        Map<String, Object> p = new HashMap<>();
        p.put("number", "01-KH/TU");
        p.put("title", "Học tập, quán triệt Nghị quyết Đại hội");
        p.put("resolution", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII");
        p.put("issuedOn", TODAY.minusDays(20).toString());
        if (parent != null) {
            p.put("parentPlanId", parent);
        }
        p.put(
                "tiers",
                List.of(
                        tier("Cấp huyện và tương đương", "huyen", huyenDeadline),
                        tier("Cấp cơ sở", "co-so", coSoDeadline)));
        return p;
    }
}
