package vn.tiendo.integration;

import static org.hamcrest.Matchers.equalTo;
import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.org;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/** Issue 12 item 10: the portal's key-only role, least privilege. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PortalKeyTest {

    @Test
    void aPortalKeyReadsItsSubtreeSyncsTheTreeAndRelaysACellsReport() {
        IntegrationTest.Tree t = IntegrationTest.tree("PORTAL");
        long root = t.ids().get(t.p() + "-R");
        long cellA = t.ids().get(t.p() + "-A");
        String key = IntegrationTest.key(root, "PORTAL");
        // reads every figure of its subtree
        IntegrationTest.withKey(key)
                .get("/api/v1/plans/" + t.planId() + "/progress")
                .then()
                .statusCode(200)
                .body("totals.assignments", equalTo(2));
        IntegrationTest.withKey(key)
                .get("/api/v1/plans/" + t.planId() + "/assignments")
                .then()
                .statusCode(200)
                .body("total", equalTo(2));
        IntegrationTest.withKey(key)
                .get("/api/v1/organizations/" + cellA)
                .then()
                .statusCode(200);
        // upserts the tree below it by code
        IntegrationTest.withKey(key)
                .header("If-Match", "*")
                .body(Map.of("name", "Chi bộ mới", "parentId", cellA, "levelCode", "chi-bo", "memberCount", 9))
                .put("/api/v1/organizations/by-code/" + t.p() + "-NEW")
                .then()
                .statusCode(201);
        IntegrationTest.withKey(key)
                .header("If-Match", "*")
                .body(Map.of("name", "Tỉnh tự sửa", "levelCode", "tinh"))
                .put("/api/v1/organizations/by-code/" + t.p() + "-R")
                .then()
                .statusCode(403); // never its own row: the level above edits it (Oversight)
        // files a cell's report on its behalf, safely retried
        String url = "/api/v1/assignments/" + t.assignments().get(t.p() + "-A") + "/reports";
        Number reportId = IntegrationTest.withKey(key)
                .header("Idempotency-Key", "relay-" + t.p())
                .body(IntegrationTest.report(35))
                .post(url)
                .then()
                .statusCode(201)
                .body("orgId", equalTo((int) cellA))
                .body("filedForOrgId", equalTo((int) cellA))
                .body("submittedByName", equalTo("Khóa API: Cổng tỉnh"))
                .extract()
                .path("id");
        Number keyId = admin().get("/api/v1/api-keys")
                .then()
                .extract()
                .path("find { it.prefix == '" + key.substring(0, 11) + "' }.id");
        IntegrationTest.withKey(key)
                .header("Idempotency-Key", "relay-" + t.p())
                .body(IntegrationTest.report(35))
                .post(url)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(reportId.intValue()))
                .body("apiKeyId", equalTo(keyId.intValue()));
        admin().get(url)
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].apiKeyId", equalTo(keyId.intValue()));
        // and nothing more
        long assignmentB = t.assignments().get(t.p() + "-B");
        IntegrationTest.withKey(key)
                .body(Map.of("decision", "ACCEPT"))
                .post("/api/v1/reports/" + reportId + "/review")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        IntegrationTest.withKey(key)
                .body(Map.of("reason", "miễn"))
                .post("/api/v1/assignments/" + assignmentB + "/exempt")
                .then()
                .statusCode(403);
        IntegrationTest.withKey(key)
                .body(Map.of("deadline", IntegrationTest.TODAY.plusDays(30).toString(), "reason", "gia hạn"))
                .post("/api/v1/assignments/" + assignmentB + "/extend")
                .then()
                .statusCode(403);
        IntegrationTest.withKey(key).get("/api/v1/users").then().statusCode(403);
        IntegrationTest.withKey(key)
                .body(Map.of(
                        "username",
                        "x" + t.p().toLowerCase(),
                        "password",
                        Api.PASSWORD,
                        "fullName",
                        "X",
                        "orgId",
                        root,
                        "roles",
                        List.of("REPORTER")))
                .post("/api/v1/users")
                .then()
                .statusCode(403);
        IntegrationTest.withKey(key).get("/api/v1/api-keys").then().statusCode(403);
        IntegrationTest.withKey(key)
                .body(Map.of("name", "k", "orgId", root, "roles", List.of("PORTAL")))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(403);
        IntegrationTest.withKey(key).get("/api/v1/webhooks").then().statusCode(403);
        IntegrationTest.withKey(key)
                .body(WebhookSafetyTest.hook("http://127.0.0.1:9/h", root))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(403);
        IntegrationTest.withKey(key).body(plan()).post("/api/v1/plans").then().statusCode(403);
        IntegrationTest.withKey(key)
                .header("If-Match", "*")
                .body(Map.of("name", "Đổi", "parentId", root, "levelCode", "co-so"))
                .put("/api/v1/organizations/" + cellA)
                .then()
                .statusCode(403);
        // another tree is out of reach
        IntegrationTest.Tree other = IntegrationTest.tree("PORTAL2");
        IntegrationTest.withKey(key)
                .body(IntegrationTest.report(10))
                .post("/api/v1/assignments/" + other.assignments().get(other.p() + "-A") + "/reports")
                .then()
                .statusCode(404);
        IntegrationTest.withKey(key)
                .get("/api/v1/plans/" + other.planId() + "/progress")
                .then()
                .statusCode(404);
    }

    @Test
    void portalWithDepartmentMayPublishAndNoPersonIsAPortal() {
        IntegrationTest.Tree t = IntegrationTest.tree("PORTALDEP");
        long root = t.ids().get(t.p() + "-R");
        String key = IntegrationTest.key(root, "PORTAL", "DEPARTMENT");
        Number plan = IntegrationTest.withKey(key)
                .body(plan())
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        IntegrationTest.withKey(key)
                .post("/api/v1/plans/" + plan + "/publish")
                .then()
                .statusCode(200);
        admin().body(Map.of(
                        "username",
                        Api.unique("portal").toLowerCase(),
                        "password",
                        Api.PASSWORD,
                        "fullName",
                        "Người",
                        "orgId",
                        root,
                        "roles",
                        List.of("PORTAL")))
                .post("/api/v1/users")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("roles"));
        String user = Api.user("pp", root, "VIEWER");
        Number userId = admin().get("/api/v1/users?size=1000")
                .then()
                .extract()
                .path("items.find { it.username == '" + user + "' }.id");
        admin().body(Map.of("roles", List.of("PORTAL")))
                .patch("/api/v1/users/" + userId)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("roles"));
        Api.importTree(List.of(org(t.p() + "-X", "X", t.p() + "-R", "co-so", 1))); // unrelated: the tree still imports
    }

    static Map<String, Object> plan() {
        return Map.of(
                "number",
                "09-KH",
                "title",
                "Kế hoạch cổng",
                "tiers",
                List.of(Map.of(
                        "name",
                        "Cấp cơ sở",
                        "levelCodes",
                        List.of("co-so"),
                        "deadline",
                        IntegrationTest.TODAY.plusDays(5).toString())));
    }
}
