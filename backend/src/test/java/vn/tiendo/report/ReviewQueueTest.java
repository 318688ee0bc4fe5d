package vn.tiendo.report;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static vn.tiendo.support.Api.as;

import java.time.LocalDate;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.EmbeddedPostgresResource;
import vn.tiendo.support.SmallTree;

/**
 * The review queue puts first what the caller's level decides: reports whose nearest reviewing level above (an
 * organisation with DEPARTMENT/ADMIN users) is the caller's; the deeper ones behind a filter.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ReviewQueueTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);

    @Test
    void eachLevelDecidesWhatLiesDirectlyBelowIt() {
        SmallTree t = new SmallTree(TODAY.minusDays(10), TODAY.plusDays(5), TODAY.plusDays(7));
        for (String org : new String[] {"CB", "C1", "C2"}) {
            String reporter = org.equals("C1") ? t.user("repC1") : org.equals("C2") ? t.user("repC2") : t.user("repCB");
            as(reporter)
                    .body(SmallTree.report(TODAY, 10, 8, true))
                    .post("/api/v1/assignments/" + t.assignmentOf.get(org) + "/reports")
                    .then()
                    .statusCode(201);
        }
        String q = "/api/v1/reports?state=SUBMITTED&planId=" + t.planId + "&decider=";
        // C1 (a ward with its own department) decides its cell
        as(t.user("deptC1"))
                .get(q + "MINE")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].orgName", equalTo("Chi bộ khối phố 3"));
        as(t.user("deptC1")).get(q + "DEEPER").then().statusCode(200).body("total", equalTo(0));
        // H decides its two wards, not the cell below C1
        as(t.user("deptH"))
                .get(q + "MINE")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.orgName", containsInAnyOrder("Đảng ủy phường An Mỹ", "Đảng ủy phường Hòa Hương"));
        as(t.user("deptH"))
                .get(q + "DEEPER")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].orgName", equalTo("Chi bộ khối phố 3"));
        // the province decides nothing of these: all three are deeper
        as(t.user("deptRoot")).get(q + "MINE").then().statusCode(200).body("total", equalTo(0));
        as(t.user("deptRoot")).get(q + "DEEPER").then().statusCode(200).body("total", equalTo(3));
        // without the filter: everything in scope, as before
        as(t.user("deptRoot"))
                .get("/api/v1/reports?state=SUBMITTED&planId=" + t.planId)
                .then()
                .statusCode(200)
                .body("total", equalTo(3));

        as(t.user("repCB")).get(q + "MINE").then().statusCode(403);
        as(t.user("viewerH")).get(q + "MINE").then().statusCode(403);
        as(t.user("deptOther")).get(q + "MINE").then().statusCode(200).body("total", equalTo(0));
        as(t.user("deptRoot")).get(q + "SOMEONE").then().statusCode(400);
    }
}
