package vn.tiendo.progress;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.as;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;
import vn.tiendo.support.SmallTree;

/**
 * A reporter sees its own organisation only in progress, timeline, export and dashboard; every list filter (orgId,
 * parentId, planId) answers nothing of another tree or, for a reporter, of a child. Huge pages and trees too deep are
 * refused as 4xx.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ReporterScopeTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);

    @Test
    void aReporterSeesItsOwnOrganisationOnly() {
        SmallTree t = new SmallTree(TODAY.minusDays(10), TODAY.plusDays(5), TODAY.plusDays(10));
        // C1's cell reports: C1's reporter must not see it in any figure
        as(t.user("repCB"))
                .body(SmallTree.report(TODAY, 10, 8, true))
                .post("/api/v1/assignments/" + t.assignmentOf.get("CB") + "/reports")
                .then()
                .statusCode(201);
        String rep = t.user("repC1");
        String plan = "/api/v1/plans/" + t.planId;
        as(rep).get(plan + "/progress")
                .then()
                .statusCode(200)
                .body("org.id", equalTo((int) t.id("C1")))
                .body("totals.assignments", equalTo(1))
                .body("totals.completed", equalTo(0))
                .body("children", hasSize(0))
                .body("byTier.find { it.tierName == 'Chi bộ' }.totals.assignments", equalTo(0));
        as(rep).get(plan + "/progress/timeline")
                .then()
                .statusCode(200)
                .body("assignments", equalTo(1))
                .body("points[-1].completed", equalTo(0));
        String csv = new String(
                as(rep).get(plan + "/progress/export?format=csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray(),
                StandardCharsets.UTF_8);
        assertEquals(2, csv.strip().split("\n").length, csv); // the header and C1's own line
        org.hamcrest.MatcherAssert.assertThat(csv, containsString(t.code("C1")));
        as(rep).get("/api/v1/dashboard")
                .then()
                .statusCode(200)
                .body("plans.find { it.planId == " + t.planId + " }.totals.assignments", equalTo(1))
                .body("plans.find { it.planId == " + t.planId + " }.totals.completed", equalTo(0));
        // the department of the same organisation sees the subtree
        as(t.user("deptC1"))
                .get(plan + "/progress")
                .then()
                .statusCode(200)
                .body("totals.assignments", equalTo(2))
                .body("totals.completed", equalTo(1));

        // filters with a child's id (a reporter): 404 or nothing
        long cb = t.id("CB");
        for (String path : List.of(
                plan + "/progress?orgId=" + cb,
                plan + "/progress/timeline?orgId=" + cb,
                plan + "/progress/export?format=csv&orgId=" + cb,
                "/api/v1/dashboard?orgId=" + cb,
                plan + "/assignments?orgId=" + cb,
                "/api/v1/organizations/" + cb + "/assignments",
                plan + "/late?orgId=" + cb)) {
            as(rep).get(path).then().statusCode(404);
        }
        as(rep).get("/api/v1/organizations?parentId=" + t.id("C1"))
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        as(rep).get(plan + "/assignments").then().statusCode(200).body("total", equalTo(1));
        // filters with another tree's ids, for a reporter and a department: 404 or nothing
        long other = t.id("OTHER");
        for (String user : List.of(rep, t.user("deptH"))) {
            for (String path : List.of(
                    plan + "/progress?orgId=" + other,
                    plan + "/progress/timeline?orgId=" + other,
                    plan + "/progress/export?format=csv&orgId=" + other,
                    "/api/v1/dashboard?orgId=" + other,
                    plan + "/assignments?orgId=" + other,
                    "/api/v1/organizations/" + other + "/assignments")) {
                as(user).get(path).then().statusCode(404);
            }
            as(user).get("/api/v1/organizations?parentId=" + other)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0));
        }
        // another tree's users know nothing of this plan
        for (String user : List.of(t.user("deptOther"), t.user("repOther"))) {
            as(user).get(plan + "/progress").then().statusCode(404);
            as(user).get("/api/v1/reports?planId=" + t.planId)
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0));
            as(user).get("/api/v1/dashboard")
                    .then()
                    .statusCode(200)
                    .body("plans.find { it.planId == " + t.planId + " }", equalTo(null));
        }
        // the cell's reporter: a planId filter for its own plan lists its own report only
        as(t.user("repCB"))
                .get("/api/v1/reports?planId=" + t.planId)
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        as(rep).get("/api/v1/reports?planId=" + t.planId).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void hugePagesAndDeepTreesAreRefused() {
        admin().get("/api/v1/organizations?page=2147483647&size=50")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
        admin().get("/api/v1/plans?page=2000000&size=1000")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("page"));
        admin().get("/api/v1/organizations?page=99999&size=1000").then().statusCode(200);
        // a chain of 22 organisations: 21 levels are allowed, the 22nd is not
        String p = Api.unique("DEEP");
        List<Map<String, Object>> chain = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            chain.add(Api.org(p + "-" + i, "Tổ chức " + i, i == 0 ? null : p + "-" + (i - 1), "chi-bo", 1));
        }
        admin().body(chain)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("items[21]"))
                .body("errors[0].message", containsString("quá sâu"));
        admin().body(chain.subList(0, 21))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200);
        long deepest = admin().get("/api/v1/organizations?q=" + p + "-20")
                .then()
                .extract()
                .<Number>path("items[0].id")
                .longValue();
        admin().body(Map.of("code", p + "-21", "name", "Quá sâu", "parentId", deepest, "levelCode", "chi-bo"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parentId"));
        // moving a subtree under it: the moved subtree's deepest would be too deep
        long second = admin().get("/api/v1/organizations?q=" + p + "-1")
                .then()
                .extract()
                .<Number>path("items[0].id")
                .longValue();
        long root = admin().get("/api/v1/organizations?q=" + p + "-0")
                .then()
                .extract()
                .<Number>path("items[0].id")
                .longValue();
        admin().body(Map.of("code", p + "-X", "name", "Nhánh", "parentId", root, "levelCode", "chi-bo"))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201);
        long branch = admin().get("/api/v1/organizations?q=" + p + "-X")
                .then()
                .extract()
                .<Number>path("items[0].id")
                .longValue();
        admin().body(Map.of("name", "Nhánh", "parentId", deepest, "levelCode", "chi-bo"))
                .put("/api/v1/organizations/" + branch)
                .then()
                .statusCode(422);
        admin().body(Map.of("name", "Nhánh", "parentId", second, "levelCode", "chi-bo"))
                .put("/api/v1/organizations/" + branch)
                .then()
                .statusCode(200);
    }
}
