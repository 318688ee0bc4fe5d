package vn.tiendo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.tiendo.support.EmbeddedPostgresResource;

/** A browser opening a deep link of the SPA gets index.html; API paths and non-HTML clients keep their 404 problem. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SpaDeepLinksTest {
    @Test
    void browserDeepLinkGetsTheSpa() {
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8")
                .get("/plans/5/assignments")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<div id=\"root\">"));
    }

    @Test
    void apiPathAndJsonClientGetProblem() {
        given().accept("text/html")
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(startsWith(ProblemMapper.PROBLEM_JSON))
                .body("status", equalTo(404));
        given().accept("application/json")
                .get("/plans/5")
                .then()
                .statusCode(404)
                .contentType(startsWith(ProblemMapper.PROBLEM_JSON));
        given().accept("text/html")
                .post("/plans/5")
                .then()
                .statusCode(404)
                .contentType(startsWith(ProblemMapper.PROBLEM_JSON));
    }
}
