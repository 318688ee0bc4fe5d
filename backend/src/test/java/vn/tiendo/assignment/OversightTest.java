package vn.tiendo.assignment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.common.Oversight;
import vn.tiendo.support.EmbeddedPostgresResource;
import vn.tiendo.support.SmallTree;

/**
 * The measured unit never certifies itself (review, exemption, extension, editing an organisation: the level strictly
 * above only), the status each needs, and the bounds on extensions and child-plan tiers.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OversightTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);

    private static Map<String, Object> extension(LocalDate d, String reason) {
        Map<String, Object> m = new HashMap<>();
        m.put("deadline", d.toString());
        m.put("reason", reason);
        return m;
    }

    @Test
    void theMeasuredUnitNeverCertifiesItself() {
        SmallTree t = new SmallTree(TODAY.minusDays(10), TODAY.plusDays(40), TODAY.plusDays(20));
        long c1 = t.assignmentOf.get("C1");
        long cb = t.assignmentOf.get("CB");
        String deptC1 = t.user("deptC1");
        // a committee user who reports for C1 and is its department: REPORTER for its own organisation, DEPARTMENT
        // below it
        String both = vn.tiendo.support.Api.user("both-c1", t.id("C1"), "REPORTER", "DEPARTMENT");

        Number reportId = as(both).body(SmallTree.report(TODAY, 25, 20, true))
                .post("/api/v1/assignments/" + c1 + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String review = "/api/v1/reports/" + reportId + "/review";
        for (String self : List.of(deptC1, both)) {
            as(self).body(Map.of("decision", "ACCEPT"))
                    .post(review)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", containsString(Oversight.RULE));
            as(self).body(extension(TODAY.plusDays(60), "tự gia hạn"))
                    .post("/api/v1/assignments/" + c1 + "/extend")
                    .then()
                    .statusCode(403)
                    .body("detail", containsString(Oversight.RULE));
            as(self).body(Map.of("reason", "tự miễn"))
                    .post("/api/v1/assignments/" + c1 + "/exempt")
                    .then()
                    .statusCode(403)
                    .body("detail", containsString(Oversight.RULE));
            as(self).get("/api/v1/assignments/" + c1)
                    .then()
                    .statusCode(200)
                    .body("canReview", equalTo(false))
                    .body("canExtend", equalTo(false))
                    .body("canExempt", equalTo(false));
        }
        // ... not even through the ADMIN role of its own organisation
        String adminC1 = vn.tiendo.support.Api.user("admin-c1", t.id("C1"), "ADMIN");
        as(adminC1).body(Map.of("decision", "ACCEPT")).post(review).then().statusCode(403);
        // editing or deactivating itself
        Map<String, Object> edit = new HashMap<>();
        edit.put("name", "Đảng ủy phường An Mỹ");
        edit.put("parentId", t.id("H"));
        edit.put("levelCode", "co-so");
        edit.put("memberCount", 3000);
        as(deptC1)
                .body(edit)
                .put("/api/v1/organizations/" + t.id("C1"))
                .then()
                .statusCode(403)
                .body("detail", containsString(Oversight.RULE));
        as(deptC1).delete("/api/v1/organizations/" + t.id("C1")).then().statusCode(403);
        as(deptC1)
                .get("/api/v1/organizations/" + t.id("C1"))
                .then()
                .statusCode(200)
                .body("memberCount", equalTo(30))
                .body("canEdit", equalTo(false));
        as(deptC1)
                .get("/api/v1/organizations/" + t.id("CB"))
                .then()
                .statusCode(200)
                .body("canEdit", equalTo(true));
        // nor through the import
        String row = "code,name,parentCode,levelCode,memberCount\n" + t.code("C1") + ",Đảng ủy phường An Mỹ,"
                + t.code("H") + ",co-so,3000\n";
        as(deptC1)
                .contentType("text/csv")
                .body(row)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString(Oversight.RULE));
        // another tree's department: 404, never 403 (it does not learn the id exists)
        as(t.user("deptOther"))
                .body(Map.of("decision", "ACCEPT"))
                .post(review)
                .then()
                .statusCode(404);
        as(t.user("deptOther"))
                .body(Map.of("reason", "x"))
                .post("/api/v1/assignments/" + c1 + "/exempt")
                .then()
                .statusCode(404);

        // the level above decides: H's department sees it may, and does
        as(t.user("deptH"))
                .get("/api/v1/assignments/" + c1)
                .then()
                .statusCode(200)
                .body("canReview", equalTo(true))
                .body("canExtend", equalTo(true))
                .body("canExempt", equalTo(false))
                .body("canReport", equalTo(false));
        as(both).get("/api/v1/assignments/" + c1).then().body("canReport", equalTo(false)); // awaiting review
        as(t.user("deptH"))
                .body(Map.of("decision", "ACCEPT"))
                .post(review)
                .then()
                .statusCode(200);
        as(t.user("deptH"))
                .body(edit)
                .put("/api/v1/organizations/" + t.id("C1"))
                .then()
                .statusCode(200)
                .body("memberCount", equalTo(3000));
        // C1's department oversees the cell below it
        as(deptC1)
                .get("/api/v1/assignments/" + cb)
                .then()
                .statusCode(200)
                .body("canExempt", equalTo(true))
                .body("canExtend", equalTo(true))
                .body("maxDeadline", nullValue());
        as(deptC1)
                .body(extension(TODAY.plusDays(45), "Bão lũ"))
                .post("/api/v1/assignments/" + cb + "/extend")
                .then()
                .statusCode(200)
                .body("deadline", equalTo(TODAY.plusDays(45).toString()));
        as(t.user("repCB"))
                .get("/api/v1/assignments/" + cb)
                .then()
                .body("canReport", equalTo(true))
                .body("canExtend", equalTo(false));
        // the system administrator is above everything
        as("admin").get("/api/v1/assignments/" + cb).then().body("canExempt", equalTo(true));
    }

    @Test
    void statusesEachActNeeds() {
        SmallTree t = new SmallTree(TODAY.minusDays(10), TODAY.plusDays(40), TODAY.plusDays(20));
        String deptH = t.user("deptH");
        long c2 = t.assignmentOf.get("C2");
        Number reportId = as(t.user("repC2"))
                .body(SmallTree.report(TODAY, 15, 10, false))
                .post("/api/v1/assignments/" + c2 + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // exempting a report awaiting review would drop a counted attendance: return it first
        as(deptH)
                .body(Map.of("reason", "Sáp nhập"))
                .post("/api/v1/assignments/" + c2 + "/exempt")
                .then()
                .statusCode(409);
        as(deptH)
                .body(extension(TODAY.plusDays(25), ""))
                .post("/api/v1/assignments/" + c2 + "/extend")
                .then()
                .statusCode(400);
        as(deptH)
                .body(Map.of("decision", "ACCEPT"))
                .post("/api/v1/reports/" + reportId + "/review")
                .then()
                .statusCode(200);
        as(deptH)
                .body(Map.of("decision", "RETURN", "comment", "lại"))
                .post("/api/v1/reports/" + reportId + "/review")
                .then()
                .statusCode(409);
        // an accepted assignment is settled: no extension (a late completion cannot become on time), no exemption
        as(deptH)
                .body(extension(TODAY.plusDays(25), "Bão lũ"))
                .post("/api/v1/assignments/" + c2 + "/extend")
                .then()
                .statusCode(409);
        as(deptH)
                .body(Map.of("reason", "Sáp nhập"))
                .post("/api/v1/assignments/" + c2 + "/exempt")
                .then()
                .statusCode(409);
        as(deptH)
                .get("/api/v1/assignments/" + c2)
                .then()
                .body("canExtend", equalTo(false))
                .body("canExempt", equalTo(false))
                .body("canReview", equalTo(false));
    }

    private static Map<String, Object> plan(String number, Long issuer, Long parent, Map<String, Object> tier) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("number", number);
        plan.put("title", "Kế hoạch " + number);
        plan.put("issuedOn", TODAY.minusDays(5).toString());
        plan.put("issuerOrgId", issuer);
        plan.put("parentPlanId", parent);
        plan.put("tiers", List.of(tier));
        return plan;
    }

    private static Map<String, Object> tier(String name, List<String> levels, List<Long> orgIds, LocalDate deadline) {
        Map<String, Object> tier = new HashMap<>();
        tier.put("name", name);
        tier.put("levelCodes", levels);
        tier.put("organizationIds", orgIds);
        tier.put("deadline", deadline.toString());
        return tier;
    }

    @Test
    void childPlansAndExtensionsStayWithinTheIssuersOwnDeadline() {
        SmallTree t = new SmallTree(TODAY.minusDays(10), TODAY.plusDays(40), TODAY.plusDays(20));
        String deptC1 = t.user("deptC1");
        var fmt = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        // where the parent sets the cells' deadline itself (40 days), that binds
        as(deptC1)
                .body(plan(
                        t.prefix + "-A",
                        t.id("C1"),
                        t.planId,
                        tier("Chi bộ", List.of("chi-bo"), List.of(), TODAY.plusDays(45))))
                .post("/api/v1/plans")
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString(TODAY.plusDays(40).format(fmt)));
        as(deptC1)
                .body(plan(
                        t.prefix + "-B",
                        t.id("C1"),
                        t.planId,
                        tier("Chi bộ", List.of("chi-bo"), List.of(), TODAY.plusDays(30))))
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .body("tiers[0].parentDeadline", equalTo(TODAY.plusDays(40).toString()));

        // a parent that says nothing of cells: the ward's own 20 days bind whatever its tiers target
        Number parent = as(t.user("deptRoot"))
                .body(plan(
                        t.prefix + "-P",
                        t.id("ROOT"),
                        null,
                        tier("Cấp cơ sở", List.of("co-so"), List.of(), TODAY.plusDays(20))))
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(t.user("deptRoot"))
                .post("/api/v1/plans/" + parent + "/publish")
                .then()
                .statusCode(200);
        long p = parent.longValue();
        as(deptC1)
                .body(plan(
                        t.prefix + "-C",
                        t.id("C1"),
                        p,
                        tier("Chi bộ khối phố", List.of("chi-bo"), List.of(), TODAY.plusDays(30))))
                .post("/api/v1/plans")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("tiers[0].deadline"))
                .body("errors[0].message", containsString("Chi bộ khối phố"))
                .body("errors[0].message", containsString(TODAY.plusDays(30).format(fmt)))
                .body("errors[0].message", containsString(TODAY.plusDays(20).format(fmt)));
        // the same by organisation ids instead of levels
        as(deptC1)
                .body(plan(
                        t.prefix + "-C",
                        t.id("C1"),
                        p,
                        tier("Chi bộ 3", List.of(), List.of(t.id("CB")), TODAY.plusDays(30))))
                .post("/api/v1/plans")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("tiers[0].deadline"));
        // the form asks the same rule before saving: GET /plans/{parent}/child-bound
        String bound = "/api/v1/plans/" + p + "/child-bound?issuerOrgId=" + t.id("C1");
        as(deptC1)
                .get(bound + "&levelCodes=chi-bo")
                .then()
                .statusCode(200)
                .body("deadline", equalTo(TODAY.plusDays(20).toString()))
                .body("levelCode", nullValue());
        as(deptC1)
                .get(bound + "&organizationIds=" + t.id("CB"))
                .then()
                .statusCode(200)
                .body("deadline", equalTo(TODAY.plusDays(20).toString()));
        as(deptC1)
                .get("/api/v1/plans/" + t.planId + "/child-bound?issuerOrgId=" + t.id("C1") + "&levelCodes=chi-bo")
                .then()
                .statusCode(200)
                .body("deadline", equalTo(TODAY.plusDays(40).toString()))
                .body("levelCode", equalTo("chi-bo"));
        as(t.user("repC1")).get(bound + "&levelCodes=chi-bo").then().statusCode(403);
        as(t.user("deptOther")).get(bound + "&levelCodes=chi-bo").then().statusCode(404);
        as(deptC1)
                .get("/api/v1/plans/" + p + "/child-bound?issuerOrgId=" + t.id("OTHER"))
                .then()
                .statusCode(422);
        Number childId = as(deptC1)
                .body(plan(
                        t.prefix + "-C",
                        t.id("C1"),
                        p,
                        tier("Chi bộ 3", List.of(), List.of(t.id("CB")), TODAY.plusDays(15))))
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .body("tiers[0].parentDeadline", equalTo(TODAY.plusDays(20).toString()))
                .extract()
                .path("id");
        as(deptC1).post("/api/v1/plans/" + childId + "/publish").then().statusCode(200);
        Number cbChild = as(deptC1)
                .get("/api/v1/plans/" + childId + "/assignments")
                .then()
                .statusCode(200)
                .body("items[0].maxDeadline", equalTo(TODAY.plusDays(20).toString()))
                .extract()
                .path("items[0].id");
        as(deptC1)
                .body(extension(TODAY.plusDays(25), "Bão lũ"))
                .post("/api/v1/assignments/" + cbChild + "/extend")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("deadline"))
                .body("errors[0].message", containsString(TODAY.plusDays(20).format(fmt)));
        as(deptC1)
                .body(extension(TODAY.plusDays(20), "Bão lũ"))
                .post("/api/v1/assignments/" + cbChild + "/extend")
                .then()
                .statusCode(200);
        // the level above extends the ward itself: its cell's bound follows
        Number c1InParent = as(t.user("deptH"))
                .get("/api/v1/plans/" + p + "/assignments?orgId=" + t.id("C1"))
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
        as(t.user("deptH"))
                .body(extension(TODAY.plusDays(28), "Bão lũ"))
                .post("/api/v1/assignments/" + c1InParent + "/extend")
                .then()
                .statusCode(200);
        as(deptC1)
                .body(extension(TODAY.plusDays(27), "Bão lũ"))
                .post("/api/v1/assignments/" + cbChild + "/extend")
                .then()
                .statusCode(200);
        admin().get("/api/v1/plans/" + childId)
                .then()
                .body("tiers[0].parentDeadline", equalTo(TODAY.plusDays(28).toString()));
    }
}
