package vn.tiendo.member;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.as;
import static vn.tiendo.support.Api.org;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/**
 * Issue 13, "How it is checked", followed literally: a tree and a roster of 18 members in two cells (one exempt, one
 * probationary); a file with three bad lines refused whole, naming lines 3, 4 and 5; a plan for the cells; a
 * secretary records 7 present, 1 absent with reason, 1 absent, then a make-up for the excused one and two write-ups;
 * the ward shows 17 members, 8 studied, 2 wrote up; the pending list shows the other 9; another cell's secretary
 * gets 404 on the roster, a province viewer 403 on names but the figures.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MembersScenarioTest {
    @Inject
    CoverageRepository coverage;

    @Inject
    vn.tiendo.organization.OrganizationRepository orgs;

    @Test
    void theIssueScenario() {
        String p = Api.unique("MB");
        Map<String, Long> ids = Api.importTree(List.of(
                org(p + "-T", "Tỉnh ủy Thử " + p, null, "tinh", 0),
                org(p + "-W", "Đảng ủy phường An Mỹ", p + "-T", "co-so", 0),
                org(p + "-CB1", "Chi bộ khối phố 1", p + "-W", "chi-bo", 10),
                org(p + "-CB2", "Chi bộ khối phố 2", p + "-W", "chi-bo", 8),
                org(p + "-X", "Tỉnh ủy Khác " + p, null, "tinh", 0)));
        long ward = ids.get(p + "-W");
        long cb1 = ids.get(p + "-CB1");
        long cb2 = ids.get(p + "-CB2");
        String dept = Api.user("mb-dept", ids.get(p + "-T"), "DEPARTMENT");
        String deptWard = Api.user("mb-deptw", ward, "DEPARTMENT");
        String sec1 = Api.user("mb-sec1", cb1, "REPORTER");
        String sec2 = Api.user("mb-sec2", cb2, "REPORTER");
        String viewer = Api.user("mb-view", ids.get(p + "-T"), "VIEWER");
        String outsider = Api.user("mb-out", ids.get(p + "-X"), "DEPARTMENT");

        // a file with three bad lines is refused whole, naming lines 3, 4 and 5
        String bad = "code,fullName,orgCode,status,exemptReason\n"
                + p + "-D01,Nguyễn Văn An," + p + "-CB1,CHINH_THUC,\n"
                + p + "-D02,Trần Thị Bình," + p + "-NOPE,CHINH_THUC,\n"
                + p + "-D03,Lê Văn Cường," + p + "-CB1,DANG_VIEN,\n"
                + p + "-D04,," + p + "-CB1,DU_BI,\n"
                + p + "-D05,Phạm Thị Dung," + p + "-CB1,CHINH_THUC,\n";
        as(dept).contentType("text/csv; charset=UTF-8")
                .body(bad)
                .post("/api/v1/members/import")
                .then()
                .statusCode(422)
                .body("errors", hasSize(3))
                .body("errors[0].field", equalTo("line 3"))
                .body("errors[1].field", equalTo("line 4"))
                .body("errors[2].field", equalTo("line 5"))
                .body("errors[0].message", containsString(p + "-NOPE"))
                .body("errors[1].message", containsString("DANG_VIEN"))
                .body("errors[2].message", containsString("fullName"));
        as(dept).get("/api/v1/organizations/" + cb1 + "/members")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        // the roster: 10 in cell 1 (one exempt, one probationary), 8 in cell 2
        StringBuilder csv = new StringBuilder("code,fullName,orgCode,status,exemptReason\n");
        String[] names = {
            "Nguyễn Văn An",
            "Trần Thị Bình",
            "Lê Văn Cường",
            "Phạm Thị Dung",
            "Hoàng Văn Em",
            "Võ Thị Giang",
            "Đặng Văn Hùng",
            "Bùi Thị Kim",
            "Đỗ Văn Long",
            "Ngô Thị Mai"
        };
        for (int i = 1; i <= 10; i++) {
            csv.append(p)
                    .append("-A")
                    .append(i)
                    .append(',')
                    .append(names[i - 1])
                    .append(',')
                    .append(p)
                    .append("-CB1,")
                    .append(i == 2 ? "DU_BI" : "CHINH_THUC")
                    .append(',')
                    .append(i == 10 ? "\"Tuổi cao, sức yếu\"" : "")
                    .append('\n');
        }
        for (int i = 1; i <= 8; i++) {
            csv.append(p)
                    .append("-B")
                    .append(i)
                    .append(",Thành viên Hai ")
                    .append(i)
                    .append(',')
                    .append(p)
                    .append("-CB2,CHINH_THUC,\n");
        }
        as(dept).contentType("text/csv; charset=UTF-8")
                .body(csv.toString())
                .post("/api/v1/members/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(18))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(0));
        as(dept).contentType("text/csv; charset=UTF-8")
                .body(csv.toString())
                .post("/api/v1/members/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("unchanged", equalTo(18));
        as(dept).get("/api/v1/audit?entityType=ORGANIZATION&entityId=" + cb2)
                .then()
                .statusCode(200)
                .body("items.findAll { it.action == 'IMPORT_MEMBERS' }.after.created", equalTo(List.of(8, 0)))
                .body("items.findAll { it.action == 'IMPORT_MEMBERS' }.after.unchanged", equalTo(List.of(0, 8)));
        as(dept).get("/api/v1/organizations/" + cb1 + "/members?q=dang van hung")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].fullName", equalTo("Đặng Văn Hùng"))
                .body("canEdit", equalTo(true));
        Map<String, Long> member = new HashMap<>();
        List<Map<String, Object>> roster1 = as(sec1).get("/api/v1/organizations/" + cb1 + "/members?size=100")
                .then()
                .statusCode(200)
                .body("total", equalTo(10))
                .body("canEdit", equalTo(false))
                .extract()
                .path("items");
        roster1.forEach(m ->
                member.put(((String) m.get("code")).substring(p.length() + 1), ((Number) m.get("id")).longValue()));

        // a plan for the cells
        LocalDate today = LocalDate.now(AppClock.ZONE);
        Map<String, Object> plan = Map.of(
                "number",
                p + "-KH",
                "title",
                "Học tập Nghị quyết",
                "tiers",
                List.of(Map.of(
                        "name",
                        "Chi bộ",
                        "levelCodes",
                        List.of("chi-bo"),
                        "deadline",
                        today.plusDays(10).toString())));
        long planId = ((Number) as(dept).body(plan)
                        .post("/api/v1/plans")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        as(dept).post("/api/v1/plans/" + planId + "/publish")
                .then()
                .statusCode(200)
                .body("assignmentsCreated", equalTo(2));
        Map<String, Long> assignment = new HashMap<>();
        List<Map<String, Object>> items = as(dept).get("/api/v1/plans/" + planId + "/assignments")
                .then()
                .extract()
                .path("items");
        items.forEach(a -> assignment.put((String) a.get("orgCode"), ((Number) a.get("id")).longValue()));
        long a1 = assignment.get(p + "-CB1");
        as(dept).get("/api/v1/plans/" + planId + "/progress?orgId=" + ward)
                .then()
                .statusCode(200)
                .body("totals.members", equalTo(17))
                .body("totals.membersStudied", equalTo(0))
                .body("totals.coverageRate", equalTo(0.0));

        // the secretary records 7 present, 1 absent with reason, 1 absent
        String started = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2).toString();
        long session = ((Number) as(sec1).body(Map.of("startsAt", started))
                        .post("/api/v1/assignments/" + a1 + "/sessions")
                        .then()
                        .statusCode(201)
                        .body("makeUp", equalTo(false))
                        .extract()
                        .path("id"))
                .longValue();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            entries.add(Map.of("memberId", member.get("A" + i), "status", "PRESENT"));
        }
        entries.add(Map.of("memberId", member.get("A8"), "status", "ABSENT_EXCUSED", "reason", "Đi công tác"));
        entries.add(Map.of("memberId", member.get("A9"), "status", "ABSENT"));
        as(sec2).body(Map.of("entries", entries))
                .put("/api/v1/sessions/" + session + "/attendance")
                .then()
                .statusCode(404);
        as(sec1).body(Map.of("entries", entries))
                .put("/api/v1/sessions/" + session + "/attendance")
                .then()
                .statusCode(200)
                .body("present", equalTo(7))
                .body("absentExcused", equalTo(1))
                .body("absent", equalTo(1))
                .body("candidates", hasSize(10));
        as(sec1).get("/api/v1/assignments/" + a1).then().body("status", equalTo("HELD"));

        // then a make-up for the excused one
        String later = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).toString();
        long makeUp = ((Number) as(sec1).body(Map.of("startsAt", later, "makeUp", true))
                        .post("/api/v1/assignments/" + a1 + "/sessions")
                        .then()
                        .statusCode(201)
                        .body("makeUp", equalTo(true))
                        .extract()
                        .path("id"))
                .longValue();
        as(sec1).body(Map.of("entries", List.of(Map.of("memberId", member.get("A8"), "status", "PRESENT"))))
                .put("/api/v1/sessions/" + makeUp + "/attendance")
                .then()
                .statusCode(200)
                .body("makeUp", equalTo(true))
                .body("present", equalTo(1));

        // and two write-ups
        as(sec1).body(Map.of(
                        "entries",
                        List.of(
                                Map.of("memberId", member.get("A1"), "submittedOn", today.toString(), "grade", "TOT"),
                                Map.of("memberId", member.get("A3"), "submittedOn", today.toString()))))
                .put("/api/v1/assignments/" + a1 + "/write-ups")
                .then()
                .statusCode(200)
                .body("entries", hasSize(2));

        // the ward's progress: 17 members, 8 studied, 2 wrote up, coverage 8/17
        var progress = as(dept).get("/api/v1/plans/" + planId + "/progress?orgId=" + ward)
                .then()
                .statusCode(200)
                .body("totals.members", equalTo(17))
                .body("totals.membersStudied", equalTo(8))
                .body("totals.membersWroteUp", equalTo(2))
                .body("totals.coverageRate", equalTo(8.0 / 17))
                .body("totals.writeUpRate", equalTo(2.0 / 17))
                .body("byTier[0].totals.members", equalTo(17))
                .body("byTier[0].totals.membersStudied", equalTo(8))
                .extract()
                .jsonPath();
        Map<String, Object> child1 = childOf(progress.getList("children"), cb1);
        Map<String, Object> child2 = childOf(progress.getList("children"), cb2);
        assertEquals(9, ((Number) ((Map<?, ?>) child1.get("totals")).get("members")).intValue());
        assertEquals(8, ((Number) ((Map<?, ?>) child1.get("totals")).get("membersStudied")).intValue());
        assertEquals(8, ((Number) ((Map<?, ?>) child2.get("totals")).get("members")).intValue());
        assertEquals(0, ((Number) ((Map<?, ?>) child2.get("totals")).get("membersStudied")).intValue());
        assertRecount(planId, ward);
        as(dept).get("/api/v1/dashboard?orgId=" + ward).then().statusCode(200);

        // the pending list shows the other 9, each with the assignment to schedule a make-up on
        as(dept).get("/api/v1/plans/" + planId + "/members-pending?orgId=" + ward)
                .then()
                .statusCode(200)
                .body("total", equalTo(9))
                .body("items", hasSize(9))
                .body("items[0].orgId", equalTo((int) cb1))
                .body("items[0].memberId", equalTo(member.get("A9").intValue()))
                .body("items[0].assignmentId", equalTo((int) a1))
                .body("items[1].orgId", equalTo((int) cb2));
        as(sec1).get("/api/v1/plans/" + planId + "/members-pending?orgId=" + cb1)
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        as(deptWard)
                .get("/api/v1/audit?entityType=ORGANIZATION&entityId=" + ward)
                .then()
                .statusCode(200)
                .body("items.findAll { it.action == 'EXPORT_PENDING_MEMBERS' }", hasSize(0));
        as(dept).get("/api/v1/plans/" + planId + "/members-pending/export?orgId=" + ward)
                .then()
                .statusCode(200);
        // every export of names is on the record of the organisation they came from, for its own department to see
        as(deptWard)
                .get("/api/v1/audit?entityType=ORGANIZATION&entityId=" + ward)
                .then()
                .statusCode(200)
                .body("items.findAll { it.action == 'EXPORT_PENDING_MEMBERS' }", hasSize(1))
                .body("items.find { it.action == 'EXPORT_PENDING_MEMBERS' }.after.rows", equalTo(9))
                .body("items.find { it.action == 'EXPORT_PENDING_MEMBERS' }.actorUsername", equalTo(dept));

        // the report follows the roster: figures counted, not typed
        as(sec1).body(Map.of("heldOn", today.toString()))
                .post("/api/v1/assignments/" + a1 + "/reports")
                .then()
                .statusCode(201)
                .body("attendees", equalTo(8))
                .body("expected", equalTo(9))
                .body("absentWithReason", equalTo(0))
                .body("writeUps", equalTo(2));

        // names stay inside: another cell's secretary 404, another tree 404, the province viewer 403 on names but the
        // figures
        as(sec2).get("/api/v1/organizations/" + cb1 + "/members").then().statusCode(404);
        as(sec2).get("/api/v1/members/" + member.get("A1")).then().statusCode(404);
        as(sec2).get("/api/v1/sessions/" + session + "/attendance").then().statusCode(404);
        as(outsider).get("/api/v1/organizations/" + cb1 + "/members").then().statusCode(404);
        as(outsider).get("/api/v1/plans/" + planId + "/members-pending").then().statusCode(404);
        as(outsider).get("/api/v1/assignments/" + a1 + "/write-ups").then().statusCode(404);
        as(viewer).get("/api/v1/organizations/" + cb1 + "/members").then().statusCode(403);
        as(viewer).get("/api/v1/members/" + member.get("A1")).then().statusCode(403);
        as(viewer).get("/api/v1/sessions/" + session + "/attendance").then().statusCode(403);
        as(viewer).get("/api/v1/assignments/" + a1 + "/write-ups").then().statusCode(403);
        as(viewer)
                .get("/api/v1/plans/" + planId + "/members-pending?orgId=" + ward)
                .then()
                .statusCode(403);
        as(viewer)
                .get("/api/v1/plans/" + planId + "/members-pending/export?orgId=" + ward)
                .then()
                .statusCode(403);
        as(viewer)
                .get("/api/v1/plans/" + planId + "/progress?orgId=" + ward)
                .then()
                .statusCode(200)
                .body("totals.members", equalTo(17))
                .body("totals.membersStudied", equalTo(8));
        as(viewer)
                .get("/api/v1/assignments/" + a1 + "/roster-figures")
                .then()
                .statusCode(200)
                .body("fromRoster", equalTo(true));
        String exported = as(dept).get("/api/v1/plans/" + planId + "/progress/export?format=csv&orgId=" + ward)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(exported.contains("Đảng viên đã học tập"), exported);

        // nothing about members in the change feed beyond ids and counts
        String feed = admin().get("/api/v1/events?limit=1000")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertFalse(
                feed.contains("Đặng Văn Hùng") || feed.contains(p + "-A1"), "member names in the feed");
    }

    /** New members are streamed to PostgreSQL while later lines are still checked: a late bad line undoes them. */
    @Test
    void aBadLineAfterThousandsOfGoodOnesStillChangesNothing() {
        String p = Api.unique("MBL");
        Map<String, Long> ids = Api.importTree(List.of(
                org(p + "-T", "Tỉnh ủy Dài " + p, null, "tinh", 0),
                org(p + "-CB", "Chi bộ Dài", p + "-T", "chi-bo", 0)));
        String dept = Api.user("mbl-dept", ids.get(p + "-T"), "DEPARTMENT");
        StringBuilder csv = new StringBuilder("code,fullName,orgCode,status,exemptReason\n");
        for (int i = 1; i <= 3000; i++) {
            csv.append(p)
                    .append("-M")
                    .append(i)
                    .append(",Nguyễn Thị Hồng Nhung ")
                    .append(i)
                    .append(',');
            csv.append(p).append(i == 2990 ? "-NOPE" : "-CB").append(",CHINH_THUC,\n");
        }
        csv.append(p).append("-M7,Trùng Mã,").append(p).append("-CB,DU_BI,\n");
        assertTrue(csv.length() > 3 * 65_536, "the good lines fill several chunks of the COPY before the bad one");
        as(dept).contentType("text/csv; charset=UTF-8")
                .body(csv.toString())
                .post("/api/v1/members/import")
                .then()
                .statusCode(422)
                .body("errors", hasSize(2))
                .body("errors[0].field", equalTo("line 2991"))
                .body("errors[0].message", containsString(p + "-NOPE"))
                .body("errors[1].field", equalTo("line 3002"))
                .body("errors[1].message", containsString("line 8"));
        as(dept).get("/api/v1/organizations/" + ids.get(p + "-CB") + "/members")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        // and the same file without its two bad lines goes in whole
        String good =
                csv.toString().replace(p + "-NOPE", p + "-CB").replace(p + "-M7,Trùng Mã," + p + "-CB,DU_BI,\n", "");
        as(dept).contentType("text/csv; charset=UTF-8")
                .body(good)
                .post("/api/v1/members/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(3000));
        as(dept).get("/api/v1/organizations/" + ids.get(p + "-CB") + "/members?q=nhung 2990")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void rolesAndRulesOfTheRoster() {
        String p = Api.unique("MR");
        Map<String, Long> ids = Api.importTree(List.of(
                org(p + "-T", "Tỉnh ủy " + p, null, "tinh", 0),
                org(p + "-W", "Đảng ủy xã", p + "-T", "co-so", 0),
                org(p + "-CB1", "Chi bộ 1", p + "-W", "chi-bo", 3),
                org(p + "-CB2", "Chi bộ 2", p + "-W", "chi-bo", 3),
                org(p + "-X", "Tỉnh khác " + p, null, "tinh", 0)));
        long cb1 = ids.get(p + "-CB1");
        long cb2 = ids.get(p + "-CB2");
        String dept = Api.user("mr-dept", ids.get(p + "-T"), "DEPARTMENT");
        String deptCell = Api.user("mr-deptc", cb1, "DEPARTMENT");
        String sec1 = Api.user("mr-sec1", cb1, "REPORTER");
        String viewer = Api.user("mr-view", ids.get(p + "-T"), "VIEWER");
        String outsider = Api.user("mr-out", ids.get(p + "-X"), "DEPARTMENT");
        List<Map<String, Object>> rows = List.of(
                row(p + "-M1", "Nguyễn Văn Một", p + "-CB1", "CHINH_THUC", null),
                row(p + "-M2", "Trần Văn Hai", p + "-CB1", "DU_BI", null),
                row(p + "-M3", "Lê Văn Ba", p + "-CB2", "chính thức", null));
        // roles without the right: 403; the cell's own department may not keep its own roster (the level above does)
        as(sec1).body(rows).post("/api/v1/members/import").then().statusCode(403);
        as(viewer).body(rows).post("/api/v1/members/import").then().statusCode(403);
        as(deptCell)
                .body(rows)
                .post("/api/v1/members/import")
                .then()
                .statusCode(422)
                .body("errors", hasSize(3));
        as(outsider)
                .body(rows)
                .post("/api/v1/members/import")
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString("không tìm thấy"));
        as(dept).body(rows)
                .post("/api/v1/members/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(3));
        long m1 = ((Number) as(dept).get("/api/v1/organizations/" + cb1 + "/members?q=mot")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items[0].id"))
                .longValue();

        // a member moves when its orgCode changes; the counts follow
        List<Map<String, Object>> moved = List.of(row(p + "-M1", "Nguyễn Văn Một", p + "-CB2", "CHINH_THUC", null));
        as(dept).body(moved)
                .post("/api/v1/members/import")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1));
        as(dept).get("/api/v1/members/" + m1).then().statusCode(200).body("orgId", equalTo((int) cb2));
        // the organisation it moved to records it as an updated member, by id
        as(dept).get("/api/v1/audit?entityType=ORGANIZATION&entityId=" + cb2)
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.action == 'IMPORT_MEMBERS' && it.after.updated == 1 }.after.updatedMemberIds",
                        equalTo(List.of(List.of((int) m1))));

        // PATCH and DELETE: the level above only; exempting sets the reason, "" ends it
        as(sec1).body(Map.of("exemptReason", "Ốm"))
                .patch("/api/v1/members/" + m1)
                .then()
                .statusCode(403);
        as(outsider)
                .body(Map.of("exemptReason", "Ốm"))
                .patch("/api/v1/members/" + m1)
                .then()
                .statusCode(404);
        as(dept).body(Map.of("exemptReason", "Ốm dài ngày", "orgId", cb1))
                .patch("/api/v1/members/" + m1)
                .then()
                .statusCode(200)
                .body("exemptReason", equalTo("Ốm dài ngày"))
                .body("orgId", equalTo((int) cb1));
        as(dept).body(Map.of("exemptReason", ""))
                .patch("/api/v1/members/" + m1)
                .then()
                .statusCode(200)
                .body("exemptReason", nullValue());
        as(dept).body(Map.of("unknown", 1))
                .patch("/api/v1/members/" + m1)
                .then()
                .statusCode(400);
        as(dept).header("If-Match", "\"99\"")
                .body(Map.of("fullName", "X"))
                .patch("/api/v1/members/" + m1)
                .then()
                .statusCode(412);
        as(viewer).delete("/api/v1/members/" + m1).then().statusCode(403);
        as(dept).delete("/api/v1/members/" + m1).then().statusCode(200).body("active", equalTo(false));
        as(dept).get("/api/v1/organizations/" + cb1 + "/members")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));

        // attendance: members of the assignee's subtree only, started sessions only, reasons for excused absences
        LocalDate today = LocalDate.now(AppClock.ZONE);
        long planId = ((Number) as(dept).body(Map.of(
                                "number",
                                p + "-KH",
                                "title",
                                "Học tập",
                                "tiers",
                                List.of(Map.of(
                                        "name",
                                        "Chi bộ",
                                        "levelCodes",
                                        List.of("chi-bo"),
                                        "deadline",
                                        today.plusDays(5).toString()))))
                        .post("/api/v1/plans")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        as(dept).post("/api/v1/plans/" + planId + "/publish").then().statusCode(200);
        long a1 = ((Number) as(sec1).get("/api/v1/organizations/" + cb1 + "/assignments")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items[0].id"))
                .longValue();
        long m3 = ((Number) as(dept).get("/api/v1/organizations/" + cb2 + "/members")
                        .then()
                        .extract()
                        .path("items[0].id"))
                .longValue();
        long m2 = ((Number) as(dept).get("/api/v1/organizations/" + cb1 + "/members")
                        .then()
                        .extract()
                        .path("items[0].id"))
                .longValue();
        String future = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(1).toString();
        long later = ((Number) as(sec1).body(Map.of("startsAt", future))
                        .post("/api/v1/assignments/" + a1 + "/sessions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        as(sec1).body(Map.of("entries", List.of(Map.of("memberId", m2, "status", "PRESENT"))))
                .put("/api/v1/sessions/" + later + "/attendance")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("startsAt"));
        String past = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).toString();
        long held = ((Number) as(sec1).body(Map.of("startsAt", past))
                        .post("/api/v1/assignments/" + a1 + "/sessions")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        as(sec1).body(Map.of(
                        "entries",
                        List.of(
                                Map.of("memberId", m3, "status", "PRESENT"),
                                Map.of("memberId", m2, "status", "ABSENT_EXCUSED"),
                                Map.of("memberId", m2, "status", "PRESENT"))))
                .put("/api/v1/sessions/" + held + "/attendance")
                .then()
                .statusCode(422)
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.hasItems(
                                "entries[0].memberId", "entries[1].reason", "entries[2].memberId"));
        as(viewer)
                .body(Map.of("entries", List.of()))
                .put("/api/v1/sessions/" + held + "/attendance")
                .then()
                .statusCode(403);
        as(dept).body(Map.of("entries", List.of()))
                .put("/api/v1/sessions/" + held + "/attendance")
                .then()
                .statusCode(403);
        as(sec1).body(Map.of("entries", List.of(Map.of("memberId", m2, "status", "PRESENT"))))
                .put("/api/v1/sessions/" + held + "/attendance")
                .then()
                .statusCode(200);
        as(dept).get("/api/v1/plans/" + planId + "/progress?orgId=" + ids.get(p + "-W"))
                .then()
                .body("totals.members", equalTo(2))
                .body("totals.membersStudied", equalTo(1));
        // exempting a member who studied takes them out of both figures; un-exempting brings them back
        as(dept).body(Map.of("exemptReason", "Miễn"))
                .patch("/api/v1/members/" + m2)
                .then()
                .statusCode(200);
        as(dept).get("/api/v1/plans/" + planId + "/progress?orgId=" + ids.get(p + "-W"))
                .then()
                .body("totals.members", equalTo(1))
                .body("totals.membersStudied", equalTo(0))
                .body("totals.coverageRate", equalTo(0.0));
        assertRecount(planId, ids.get(p + "-W"));
        // exempting the cell's assignment takes its members out; an organisation without members has null rates
        as(dept).body(Map.of("reason", "Sáp nhập"))
                .post("/api/v1/assignments/" + a1 + "/exempt")
                .then()
                .statusCode(200);
        as(dept).get("/api/v1/plans/" + planId + "/progress?orgId=" + cb1)
                .then()
                .body("totals.members", equalTo(0))
                .body("totals.coverageRate", nullValue())
                .body("totals.writeUpRate", nullValue());
        assertRecount(planId, ids.get(p + "-T"));
        // write-ups: the VIEWER may not record, another tree sees nothing
        as(viewer)
                .body(Map.of("entries", List.of()))
                .put("/api/v1/assignments/" + a1 + "/write-ups")
                .then()
                .statusCode(403);
        as(outsider)
                .body(Map.of("entries", List.of()))
                .put("/api/v1/assignments/" + a1 + "/write-ups")
                .then()
                .statusCode(404);
        as(outsider).get("/api/v1/sessions/" + held + "/attendance").then().statusCode(404);
    }

    private void assertRecount(long planId, long orgId) {
        String path = QuarkusTransaction.requiringNew().call(() -> orgs.findById(orgId).path);
        Coverage counted = QuarkusTransaction.requiringNew()
                .call(() -> coverage.byTier(planId, orgId).getOrDefault(CoverageRepository.WHOLE_PLAN, Coverage.NONE));
        Coverage recounted = QuarkusTransaction.requiringNew().call(() -> coverage.recount(planId, path));
        assertEquals(recounted, counted);
    }

    private static Map<String, Object> row(String code, String name, String orgCode, String status, String exempt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("fullName", name);
        m.put("orgCode", orgCode);
        m.put("status", status);
        m.put("exemptReason", exempt);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> childOf(List<Object> children, long orgId) {
        return children.stream()
                .map(c -> (Map<String, Object>) c)
                .filter(c -> ((Number) ((Map<String, Object>) c.get("org")).get("id")).longValue() == orgId)
                .findFirst()
                .orElseThrow();
    }
}
