package vn.tiendo.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.tiendo.support.Api.as;
import static vn.tiendo.support.Api.org;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/** Bad input answers problem+json naming the field, with the right status, and changes nothing. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class BadInputTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);
    String dept;
    String reporter;
    long assignment;
    long planId;

    @BeforeEach
    void tree() {
        String p = Api.unique("BI");
        Map<String, Long> ids = Api.importTree(
                List.of(org(p + "-R", "Gốc", null, "tinh", 0), org(p + "-X", "Xã", p + "-R", "co-so", 20)));
        dept = Api.user("bid", ids.get(p + "-R"), "DEPARTMENT");
        reporter = Api.user("bir", ids.get(p + "-X"), "REPORTER");
        Number plan = as(dept).body(plan(TODAY.plusDays(5).toString()))
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        planId = plan.longValue();
        as(dept).post("/api/v1/plans/" + plan + "/publish").then().statusCode(200);
        Number a = as(dept).get("/api/v1/plans/" + plan + "/assignments")
                .then()
                .extract()
                .path("items[0].id");
        assignment = a.longValue();
    }

    static Map<String, Object> plan(Object deadline) {
        Map<String, Object> tier = new HashMap<>();
        tier.put("name", "Cấp cơ sở");
        tier.put("levelCodes", List.of("co-so"));
        tier.put("deadline", deadline);
        return new HashMap<>(Map.of("number", "03-KH", "title", "Kế hoạch", "tiers", List.of(tier)));
    }

    String reports() {
        return "/api/v1/assignments/" + assignment + "/reports";
    }

    @Test
    void malformedJsonAndUnknownOrForbiddenFields() {
        as(dept).body("{\"number\": ")
                .post("/api/v1/plans")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(dept).body("[1,2]").post("/api/v1/plans").then().statusCode(400);
        Map<String, Object> withStatus = plan(TODAY.toString());
        withStatus.put("status", "PUBLISHED");
        as(dept).body(withStatus)
                .post("/api/v1/plans")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        Map<String, Object> r = new HashMap<>(Map.of("heldOn", TODAY.toString(), "attendees", 3, "state", "ACCEPTED"));
        as(reporter).body(r).post(reports()).then().statusCode(400).body("errors[0].field", equalTo("state"));
        as(reporter)
                .body(Map.of("heldOn", TODAY.toString(), "attendees", 3, "assignmentId", 1))
                .post(reports())
                .then()
                .statusCode(400);
    }

    @Test
    void impossibleDatesNegativeCountsAndTextForNumbers() {
        as(dept).body(plan("2021-02-30"))
                .post("/api/v1/plans")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("tiers[0].deadline"));
        as(dept).body(plan("31/12/2021")).post("/api/v1/plans").then().statusCode(400);
        as(dept).body(plan(null))
                .post("/api/v1/plans")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("tiers[0].deadline"));
        as(reporter)
                .body(Map.of("heldOn", TODAY.toString(), "attendees", -1))
                .post(reports())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("attendees"));
        as(reporter)
                .body(Map.of("heldOn", TODAY.toString(), "attendees", "mười"))
                .post(reports())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("attendees"));
        as(reporter)
                .body(Map.of("heldOn", TODAY.toString(), "attendees", 1.5))
                .post(reports())
                .then()
                .statusCode(400);
        as(reporter)
                .body(Map.of("attendees", 3))
                .post(reports())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("heldOn"));
        as(dept).get("/api/v1/plans?size=1001").then().statusCode(400).body("errors[0].field", equalTo("size"));
        as(dept).get("/api/v1/plans?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        as(dept).get("/api/v1/plans?size=abc").then().statusCode(400).contentType("application/problem+json");
        as(dept).get("/api/v1/plans?status=NOPE").then().statusCode(400);
        as(dept).get("/api/v1/plans/abc").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void businessRulesAnswer422Or409AndStoreNothing() {
        as(reporter)
                .body(Map.of("heldOn", TODAY.toString(), "attendees", 21))
                .post(reports())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("attendees"))
                .body("detail", containsString("20"));
        as(reporter)
                .body(Map.of("heldOn", TODAY.toString(), "attendees", 18, "absentWithReason", 3))
                .post(reports())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("absentWithReason"));
        as(reporter)
                .body(Map.of("heldOn", TODAY.plusDays(1).toString(), "attendees", 5))
                .post(reports())
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("heldOn"));
        String future = java.time.OffsetDateTime.now().plusDays(2).toString();
        Number session = as(reporter)
                .body(Map.of("startsAt", future))
                .post("/api/v1/assignments/" + assignment + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(reporter)
                .body(Map.of("status", "HELD"))
                .patch("/api/v1/sessions/" + session)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("status"));
        as(reporter).get(reports()).then().statusCode(200).body("size()", equalTo(0));
        as(reporter).get("/api/v1/assignments/" + assignment).then().body("status", equalTo("SCHEDULED"));
        // a reporter cannot review, exempt or publish
        as(reporter)
                .body(Map.of("reason", "x"))
                .post("/api/v1/assignments/" + assignment + "/exempt")
                .then()
                .statusCode(403);
        as(dept).body(Map.of("reason", "   "))
                .post("/api/v1/assignments/" + assignment + "/exempt")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(dept).body(Map.of("deadline", TODAY.minusDays(1).toString(), "reason", "lùi"))
                .post("/api/v1/assignments/" + assignment + "/extend")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("deadline"));
        as(dept).get("/api/v1/assignments/" + assignment)
                .then()
                .body("deadline", equalTo(TODAY.plusDays(5).toString()));
    }

    @Test
    void extensionAndExemptionWork() {
        as(dept).body(Map.of("deadline", TODAY.plusDays(20).toString(), "reason", "Bão lũ"))
                .post("/api/v1/assignments/" + assignment + "/extend")
                .then()
                .statusCode(200)
                .body("deadline", equalTo(TODAY.plusDays(20).toString()))
                .body("originalDeadline", equalTo(TODAY.plusDays(5).toString()))
                .body("extensionReason", equalTo("Bão lũ"));
        as(dept).body(Map.of("reason", "Sáp nhập"))
                .post("/api/v1/assignments/" + assignment + "/exempt")
                .then()
                .statusCode(200);
        as(reporter)
                .body(Map.of("heldOn", TODAY.toString(), "attendees", 5))
                .post(reports())
                .then()
                .statusCode(409);
        as(dept).get("/api/v1/plans/" + planId + "/progress")
                .then()
                .statusCode(200)
                .body("totals.exempt", equalTo(1))
                .body("totals.completionRate", equalTo(null));
    }

    @Test
    void bodiesOverOneMegabyteAre413() {
        String huge = "x".repeat(1_100_000);
        as(dept).body(Map.of("number", "1", "title", huge, "tiers", List.of()))
                .post("/api/v1/plans")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        as(dept).get("/api/v1/plans?q=" + "03-KH").then().body("items.title", not(hasItem(huge)));
    }

    @Test
    void plansSearchIgnoresDiacriticsAndDraftsStayWithTheirAuthors() {
        as(dept).get("/api/v1/plans?q=ke hoach&size=100").then().statusCode(200).body("items.id", hasItem((int)
                planId));
        Number draft = as(dept).body(plan(TODAY.plusDays(3).toString()))
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(dept).get("/api/v1/plans/" + draft).then().statusCode(200);
        as(reporter).get("/api/v1/plans/" + draft).then().statusCode(404);
        as(reporter)
                .get("/api/v1/plans?size=100")
                .then()
                .body("items.id", not(hasItem(draft.intValue())))
                .body("items.id", hasItem((int) planId));
        // deactivating with a stale ETag changes nothing
        Number org = as(reporter).get("/api/v1/me").then().extract().path("orgId");
        as(dept).header("If-Match", "\"42\"")
                .delete("/api/v1/organizations/" + org)
                .then()
                .statusCode(412);
        as(dept).get("/api/v1/organizations/" + org).then().body("active", equalTo(true));
    }

    @Test
    void childPlanDeadlineRuleAlsoOnUpdate() {
        Map<String, Object> child = plan(TODAY.plusDays(3).toString());
        child.put("parentPlanId", planId);
        child.put("issuerOrgId", as(reporter).get("/api/v1/me").then().extract().path("orgId"));
        as(dept).body(child).post("/api/v1/plans").then().statusCode(201);
        child.put(
                "tiers",
                List.of(Map.of(
                        "name",
                        "Chi bộ",
                        "levelCodes",
                        List.of("co-so"),
                        "deadline",
                        TODAY.plusDays(6).toString())));
        as(dept).body(child)
                .post("/api/v1/plans")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("tiers[0].deadline"));
    }
}
