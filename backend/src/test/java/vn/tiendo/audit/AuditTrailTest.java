package vn.tiendo.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.as;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;
import vn.tiendo.support.SmallTree;

/**
 * Every write endpoint of the served contract leaves an audit row (who, which organisation, what, before and after,
 * request id); the few that change nothing of the domain are named below with the reason. Audit rows cannot be
 * changed or deleted, and outsiders cannot read them.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AuditTrailTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);
    /** Write operations that change no domain data, and so have no audit row. */
    static final Map<String, String> NOT_AUDITED = Map.of(
            "login", "signing in changes nothing",
            "refresh", "renews the caller's own session (refresh token), not domain data",
            "logout", "ends the caller's own session (refresh token), not domain data",
            "parsePlan", "reads a document, nothing saved",
            "markNotificationRead", "the reader's own inbox state, not domain data");

    @Inject
    EntityManager em;

    /** One audited call: which operation, and the audit row it must have left. */
    record Expect(String operationId, AuditEntity type, Object id, String action, String requestId) {}

    final List<Expect> expected = new ArrayList<>();

    String rid(String operationId, AuditEntity type, Object id, String action) {
        String requestId = "test-" + operationId + "-" + UUID.randomUUID();
        expected.add(new Expect(operationId, type, id, action, requestId));
        return requestId;
    }

    @Test
    void everyWriteEndpointLeavesAnAuditRow() {
        SmallTree t = new SmallTree(TODAY.minusDays(30), TODAY.minusDays(2), TODAY.plusDays(5));
        String dept = t.user("deptRoot");
        String prefix = t.prefix;

        // organisations
        String code = prefix + "-NEW";
        Number orgId = as(dept).header("X-Request-Id", "pending")
                .body(Map.of(
                        "code",
                        code,
                        "name",
                        "Chi bộ Mới",
                        "parentId",
                        t.id("C1"),
                        "levelCode",
                        "chi-bo",
                        "memberCount",
                        7))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        expected.add(new Expect("createOrganization", AuditEntity.ORGANIZATION, orgId, "CREATE", null));
        as(dept).header("X-Request-Id", rid("updateOrganization", AuditEntity.ORGANIZATION, orgId, "MOVE"))
                .body(Map.of("name", "Chi bộ Mới", "parentId", t.id("C2"), "levelCode", "chi-bo", "memberCount", 8))
                .put("/api/v1/organizations/" + orgId)
                .then()
                .statusCode(200);
        as(dept).header("X-Request-Id", rid("upsertOrganizationByCode", AuditEntity.ORGANIZATION, orgId, "UPDATE"))
                .body(Map.of("name", "Chi bộ Mới", "parentId", t.id("C2"), "levelCode", "chi-bo", "memberCount", 9))
                .put("/api/v1/organizations/by-code/" + code)
                .then()
                .statusCode(200);
        as(dept).header("X-Request-Id", rid("deactivateOrganization", AuditEntity.ORGANIZATION, orgId, "DEACTIVATE"))
                .delete("/api/v1/organizations/" + orgId)
                .then()
                .statusCode(200);
        String imported = prefix + "-IMP";
        given().auth()
                .oauth2(Api.token(dept, Api.PASSWORD))
                .contentType("text/csv; charset=UTF-8")
                .header("X-Request-Id", "import-" + prefix)
                .body(("code,name,parentCode,levelCode,memberCount\n" + imported + ",Chi bộ Nhập,," + "chi-bo,5\n")
                        .replace(",,", "," + t.code("C1") + ",")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        Number importedId = admin().get("/api/v1/organizations?q=" + imported)
                .then()
                .extract()
                .path("items[0].id");
        expected.add(
                new Expect("importOrganizations", AuditEntity.ORGANIZATION, importedId, "IMPORT", "import-" + prefix));

        // levels and users
        String level = ("l" + prefix).toLowerCase().replaceAll("[^a-z0-9-]", "");
        admin().header("X-Request-Id", rid("createLevel", AuditEntity.LEVEL, level, "CREATE"))
                .body(Map.of("code", level, "name", "Cấp thử", "rank", 9))
                .post("/api/v1/levels")
                .then()
                .statusCode(201);
        admin().header("X-Request-Id", rid("updateLevel", AuditEntity.LEVEL, level, "UPDATE"))
                .body(Map.of("name", "Cấp thử (sửa)", "rank", 0))
                .put("/api/v1/levels/" + level)
                .then()
                .statusCode(200);
        admin().header("X-Request-Id", rid("deactivateLevel", AuditEntity.LEVEL, level, "DEACTIVATE"))
                .delete("/api/v1/levels/" + level)
                .then()
                .statusCode(200);

        // restructuring by decision: each leaves a RESTRUCTURING row (and ORGANIZATION rows for what it changed)
        String today = TODAY.toString();
        Number renameId = as(dept).header("X-Request-Id", "test-rename-" + prefix)
                .body(Map.of(
                        "code", imported, "name", "Chi bộ Nhập (đổi tên)", "effectiveOn", today, "decision", "QĐ 1"))
                .post("/api/v1/organizations/rename")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        expected.add(new Expect("renameOrganization", AuditEntity.RESTRUCTURING, renameId, "RENAME", null));
        Number moveId = as(dept).body(
                        Map.of("code", imported, "parentCode", t.code("C2"), "effectiveOn", today, "decision", "QĐ 2"))
                .post("/api/v1/organizations/move")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        expected.add(new Expect("moveOrganization", AuditEntity.RESTRUCTURING, moveId, "MOVE", null));
        Number mergeId = as(dept).body(Map.of(
                        "sourceCodes",
                        List.of(imported),
                        "target",
                        Map.of(
                                "code",
                                prefix + "-MRG",
                                "name",
                                "Chi bộ Hợp nhất",
                                "parentCode",
                                t.code("C2"),
                                "levelCode",
                                "chi-bo"),
                        "effectiveOn",
                        today,
                        "decision",
                        "QĐ 3"))
                .post("/api/v1/organizations/merge")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        expected.add(new Expect("mergeOrganizations", AuditEntity.RESTRUCTURING, mergeId, "MERGE", null));
        Number splitId = as(dept).body(Map.of(
                        "sourceCode",
                        prefix + "-MRG",
                        "successors",
                        List.of(
                                Map.of(
                                        "code",
                                        prefix + "-S1",
                                        "name",
                                        "Chi bộ Tách 1",
                                        "parentCode",
                                        t.code("C2"),
                                        "levelCode",
                                        "chi-bo",
                                        "primary",
                                        true),
                                Map.of(
                                        "code",
                                        prefix + "-S2",
                                        "name",
                                        "Chi bộ Tách 2",
                                        "parentCode",
                                        t.code("C2"),
                                        "levelCode",
                                        "chi-bo")),
                        "effectiveOn",
                        today,
                        "decision",
                        "QĐ 4"))
                .post("/api/v1/organizations/split")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        expected.add(new Expect("splitOrganization", AuditEntity.RESTRUCTURING, splitId, "SPLIT", null));
        Number csvId = given().auth()
                .oauth2(Api.token(dept, Api.PASSWORD))
                .contentType("text/csv; charset=UTF-8")
                .body(
                        ("kind,sourceCodes,targetCode,targetName,parentCode,levelCode,effectiveOn,decision,primary,childCodes\nRENAME,"
                                        + prefix + "-S1,,Chi bộ Tách Một,,," + today + ",QĐ 5,,\n")
                                .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/organizations/restructure")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        expected.add(new Expect("restructureOrganizations", AuditEntity.RESTRUCTURING, csvId, "RENAME", null));
        String username = Api.unique("audit-user").toLowerCase();
        Number userId = admin().body(Map.of(
                        "username",
                        username,
                        "password",
                        Api.PASSWORD,
                        "fullName",
                        "Người Kiểm Tra",
                        "orgId",
                        t.id("H"),
                        "roles",
                        List.of("VIEWER")))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        expected.add(new Expect("createUser", AuditEntity.USER, userId, "CREATE", null));
        admin().header("X-Request-Id", rid("updateUser", AuditEntity.USER, userId, "UPDATE"))
                .body(Map.of("fullName", "Người Kiểm Tra Hai"))
                .patch("/api/v1/users/" + userId)
                .then()
                .statusCode(200);

        // plans
        Map<String, Object> plan = new HashMap<>(Map.of(
                "number",
                prefix + "-02-KH",
                "title",
                "Kế hoạch kiểm tra nhật ký",
                "tiers",
                List.of(Map.of(
                        "name",
                        "Chi bộ",
                        "levelCodes",
                        List.of("chi-bo"),
                        "deadline",
                        TODAY.plusDays(9).toString()))));
        Number planId = as(dept).body(plan)
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        expected.add(new Expect("createPlan", AuditEntity.PLAN, planId, "CREATE", null));
        plan.put("title", "Kế hoạch kiểm tra nhật ký (sửa)");
        as(dept).header("X-Request-Id", rid("updatePlan", AuditEntity.PLAN, planId, "UPDATE"))
                .body(plan)
                .put("/api/v1/plans/" + planId)
                .then()
                .statusCode(200);
        as(dept).header("X-Request-Id", rid("publishPlan", AuditEntity.PLAN, planId, "PUBLISH"))
                .post("/api/v1/plans/" + planId + "/publish")
                .then()
                .statusCode(200);
        as(dept).header("X-Request-Id", rid("closePlan", AuditEntity.PLAN, planId, "CLOSE"))
                .post("/api/v1/plans/" + planId + "/close")
                .then()
                .statusCode(200);

        // assignments, sessions, reports, evidence, reminders on the tree's own plan
        long c1 = t.assignmentOf.get("C1");
        long c2 = t.assignmentOf.get("C2");
        long cb = t.assignmentOf.get("CB");
        as(dept).header("X-Request-Id", rid("exemptAssignment", AuditEntity.ASSIGNMENT, c2, "EXEMPT"))
                .body(Map.of("reason", "Sáp nhập"))
                .post("/api/v1/assignments/" + c2 + "/exempt")
                .then()
                .statusCode(200);
        as(dept).header("X-Request-Id", rid("extendAssignment", AuditEntity.ASSIGNMENT, c1, "EXTEND"))
                .body(Map.of("deadline", TODAY.plusDays(20).toString(), "reason", "Bão lũ"))
                .post("/api/v1/assignments/" + c1 + "/extend")
                .then()
                .statusCode(200);
        Number sessionId = as(t.user("repC1"))
                .body(Map.of(
                        "startsAt",
                        OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(3).toString()))
                .post("/api/v1/assignments/" + c1 + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        expected.add(new Expect("scheduleSession", AuditEntity.SESSION, sessionId, "SCHEDULE", null));
        as(t.user("repC1"))
                .header("X-Request-Id", rid("updateSession", AuditEntity.SESSION, sessionId, "HOLD"))
                .body(Map.of("status", "HELD"))
                .patch("/api/v1/sessions/" + sessionId)
                .then()
                .statusCode(200);
        Number reportId = as(t.user("repC1"))
                .body(SmallTree.report(TODAY, 25, 20, true))
                .post("/api/v1/assignments/" + c1 + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        expected.add(new Expect("submitReport", AuditEntity.REPORT, reportId, "SUBMIT", null));
        Number attachmentId = given().auth()
                .oauth2(Api.token(t.user("repC1"), Api.PASSWORD))
                .multiPart(
                        "file",
                        "bien-ban.pdf",
                        "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                        "application/pdf")
                .post("/api/v1/reports/" + reportId + "/attachments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        expected.add(new Expect("uploadAttachment", AuditEntity.ATTACHMENT, attachmentId, "UPLOAD", null));
        as(dept).header("X-Request-Id", rid("reviewReport", AuditEntity.REPORT, reportId, "ACCEPT"))
                .body(Map.of("decision", "ACCEPT"))
                .post("/api/v1/reports/" + reportId + "/review")
                .then()
                .statusCode(200);
        as(dept).header("X-Request-Id", rid("remindLateAssignments", AuditEntity.ASSIGNMENT, cb, "REMIND"))
                .body(Map.of("assignmentIds", List.of(cb)))
                .post("/api/v1/plans/" + t.planId + "/late/remind")
                .then()
                .statusCode(200);

        // members: the roster, a change, a departure, attendance and write-ups
        String cell = t.code("CB");
        given().auth()
                .oauth2(Api.token(dept, Api.PASSWORD))
                .contentType("text/csv; charset=UTF-8")
                .header("X-Request-Id", rid("importMembers", AuditEntity.ORGANIZATION, t.id("CB"), "IMPORT_MEMBERS"))
                .body(("code,fullName,orgCode,status,exemptReason\n" + prefix + "-M1,Nguyễn Văn An," + cell
                                + ",CHINH_THUC,\n" + prefix + "-M2,Trần Thị Bình," + cell + ",DU_BI,\n")
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/members/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(2));
        List<Number> memberIds = as(dept).get("/api/v1/organizations/" + t.id("CB") + "/members?size=10")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        Number m1 = memberIds.get(0);
        Number m2 = memberIds.get(1);
        as(dept).header("X-Request-Id", rid("updateMember", AuditEntity.MEMBER, m1, "UPDATE"))
                .body(Map.of("fullName", "Nguyễn Văn Ân"))
                .patch("/api/v1/members/" + m1)
                .then()
                .statusCode(200);
        as(dept).header("X-Request-Id", rid("deactivateMember", AuditEntity.MEMBER, m2, "DEACTIVATE"))
                .delete("/api/v1/members/" + m2)
                .then()
                .statusCode(200);
        Number cellSession = as(t.user("repCB"))
                .body(Map.of(
                        "startsAt",
                        OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2).toString()))
                .post("/api/v1/assignments/" + cb + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(t.user("repCB"))
                .header("X-Request-Id", rid("recordAttendance", AuditEntity.SESSION, cellSession, "ATTENDANCE"))
                .body(Map.of("entries", List.of(Map.of("memberId", m1, "status", "PRESENT"))))
                .put("/api/v1/sessions/" + cellSession + "/attendance")
                .then()
                .statusCode(200)
                .body("present", equalTo(1));
        as(t.user("repCB"))
                .header("X-Request-Id", rid("recordWriteUps", AuditEntity.ASSIGNMENT, cb, "WRITE_UPS"))
                .body(Map.of(
                        "entries", List.of(Map.of("memberId", m1, "submittedOn", TODAY.toString(), "grade", "TOT"))))
                .put("/api/v1/assignments/" + cb + "/write-ups")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Api.token(t.user("repCB"), Api.PASSWORD))
                .header("X-Request-Id", rid("uploadWriteUpFile", AuditEntity.ASSIGNMENT, cb, "WRITE_UP_FILE"))
                .multiPart(
                        "file",
                        "bai-thu-hoach.pdf",
                        "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                        "application/pdf")
                .post("/api/v1/assignments/" + cb + "/write-ups/" + m1 + "/file")
                .then()
                .statusCode(200);

        // the caller's own account: mailbox preferences and password
        as(username)
                .header("X-Request-Id", rid("updateMe", AuditEntity.USER, userId, "UPDATE"))
                .body(Map.of("email", "kiemtra@example.org", "noticeMail", "DAILY"))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);
        as(username)
                .header("X-Request-Id", rid("changeMyPassword", AuditEntity.USER, userId, "CHANGE_PASSWORD"))
                .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", "mot-mat-khau-moi-dai"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(200);

        // integration: keys and webhooks
        Number keyId = admin().header("X-Request-Id", "test-createApiKey")
                .body(Map.of("name", "Cổng", "orgId", t.ids.get(t.code("ROOT")), "roles", List.of("VIEWER")))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("apiKey.id");
        expected.add(new Expect("createApiKey", AuditEntity.API_KEY, keyId, "CREATE", null));
        admin().header("X-Request-Id", rid("revokeApiKey", AuditEntity.API_KEY, keyId, "REVOKE"))
                .delete("/api/v1/api-keys/" + keyId)
                .then()
                .statusCode(200);
        Number hookId = admin().body(Map.of(
                        "url",
                        "http://127.0.0.1:9/h",
                        "secret",
                        "0123456789abcdef",
                        "events",
                        List.of("plan.published"),
                        "orgId",
                        t.ids.get(t.code("ROOT"))))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        expected.add(new Expect("createWebhook", AuditEntity.WEBHOOK, hookId, "CREATE", null));
        admin().header("X-Request-Id", rid("deleteWebhook", AuditEntity.WEBHOOK, hookId, "DELETE"))
                .delete("/api/v1/webhooks/" + hookId)
                .then()
                .statusCode(204);

        // every write operation of the contract is either exercised here or named as changing nothing
        Set<String> writes = new TreeSet<>();
        JsonPath spec = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        paths.values()
                .forEach(ops -> ops.forEach((method, op) -> {
                    if (Set.of("post", "put", "patch", "delete").contains(method)) {
                        writes.add((String) op.get("operationId"));
                    }
                }));
        Set<String> covered = new TreeSet<>(NOT_AUDITED.keySet());
        expected.forEach(e -> covered.add(e.operationId()));
        Set<String> missing = new TreeSet<>(writes);
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "write endpoints without an audit check");

        for (Expect e : expected) {
            var rows = admin().get("/api/v1/audit?size=1000&entityType=" + e.type() + "&entityId=" + e.id())
                    .then()
                    .statusCode(200)
                    .body("items.action", hasItem(e.action()))
                    .extract()
                    .jsonPath();
            List<Map<String, Object>> matching = rows.<Map<String, Object>>getList("items").stream()
                    .filter(r -> e.action().equals(r.get("action")))
                    .toList();
            Map<String, Object> row = matching.get(matching.size() - 1);
            assertTrue(
                    row.get("actorUsername") != null && row.get("at") != null && row.get("requestId") != null,
                    e + " " + row);
            assertTrue(row.get("after") != null, e + " has no after state");
            if (e.requestId() != null) {
                assertTrue(
                        matching.stream().anyMatch(r -> e.requestId().equals(r.get("requestId"))),
                        e + " request id missing in " + matching);
            }
        }
        // who and before/after, in detail, for one change
        as(dept).get("/api/v1/audit?entityType=ASSIGNMENT&entityId=" + c1)
                .then()
                .statusCode(200)
                .body("items.find { it.action == 'EXTEND' }.actorUsername", equalTo(dept))
                .body("items.find { it.action == 'EXTEND' }.actorOrgId", equalTo((int) t.id("ROOT")))
                .body("items.find { it.action == 'EXTEND' }.orgId", equalTo((int) t.id("C1")))
                .body(
                        "items.find { it.action == 'EXTEND' }.before.deadline",
                        equalTo(TODAY.plusDays(5).toString()))
                .body(
                        "items.find { it.action == 'EXTEND' }.after.deadline",
                        equalTo(TODAY.plusDays(20).toString()))
                .body("items.find { it.action == 'EXTEND' }.after.extensionReason", equalTo("Bão lũ"));
        // a user's audit never shows the password hash
        String userAudit = admin().get("/api/v1/audit?entityType=USER&entityId=" + userId)
                .then()
                .extract()
                .asString();
        assertTrue(!userAudit.contains("passwordHash") && !userAudit.contains("$2"), userAudit);
        // the request id comes back to the client
        as(dept).header("X-Request-Id", "abc-123")
                .get("/api/v1/plans/" + t.planId)
                .then()
                .header("X-Request-Id", "abc-123");
        as(dept).get("/api/v1/plans/" + t.planId).then().header("X-Request-Id", notNullValue());
    }

    @Test
    void auditRowsCannotBeChangedAndOutsidersSeeNone() {
        SmallTree t = new SmallTree(TODAY.minusDays(30), TODAY.minusDays(2), TODAY.plusDays(5));
        long c1 = t.assignmentOf.get("C1");
        as(t.user("deptRoot"))
                .body(Map.of("reason", "Sáp nhập"))
                .post("/api/v1/assignments/" + c1 + "/exempt")
                .then()
                .statusCode(200);
        String url = "/api/v1/audit?entityType=ASSIGNMENT&entityId=" + c1;
        as(t.user("deptRoot")).get(url).then().statusCode(200).body("total", equalTo(1));
        as(t.user("deptC1")).get(url).then().statusCode(200); // the department of the entity's own subtree
        as(t.user("deptOther")).get(url).then().statusCode(404);
        as(t.user("deptC1"))
                .get("/api/v1/audit?entityType=PLAN&entityId=" + t.planId)
                .then()
                .statusCode(404); // issued above it
        as(t.user("repC1")).get(url).then().statusCode(403);
        as(t.user("viewerH")).get(url).then().statusCode(403);
        as(t.user("deptRoot")).get("/api/v1/audit?entityType=ASSIGNMENT").then().statusCode(400);
        as(t.user("deptRoot"))
                .get("/api/v1/audit?entityType=NOPE&entityId=1")
                .then()
                .statusCode(400);

        for (String sql : List.of(
                "UPDATE audit_event SET action = 'X' WHERE entity_id = '" + c1 + "'",
                "DELETE FROM audit_event WHERE entity_id = '" + c1 + "'",
                "TRUNCATE audit_event")) {
            assertThrows(
                    Exception.class,
                    () -> QuarkusTransaction.requiringNew()
                            .run(() -> em.createNativeQuery(sql).executeUpdate()),
                    sql);
        }
        as(t.user("deptRoot"))
                .get(url)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("EXEMPT"));
    }
}
