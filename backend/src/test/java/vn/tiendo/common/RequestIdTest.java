package vn.tiendo.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/** Every answer carries a request id, the problem body names the same one, and a client's sane id is kept. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RequestIdTest {
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void clientIdIsKeptInHeaderAndProblem() {
        Api.admin()
                .header("X-Request-Id", "portal-42.retry:1")
                .get("/api/v1/plans/987654321")
                .then()
                .statusCode(404)
                .header("X-Request-Id", "portal-42.retry:1")
                .body("requestId", equalTo("portal-42.retry:1"));
    }

    @Test
    void madeIdIsInHeaderAndProblemOnEveryKindOfError() {
        Response unauthenticated = given().get("/api/v1/plans");
        Response malformed =
                Api.admin().contentType("application/json").body("{nope").post("/api/v1/plans");
        Response invalid =
                Api.admin().contentType("application/json").body("{}").post("/api/v1/plans");
        for (Response r : new Response[] {unauthenticated, malformed, invalid}) {
            String id = r.header("X-Request-Id");
            r.then().header("X-Request-Id", matchesPattern(UUID));
            assertEquals(id, r.jsonPath().getString("requestId"), r.asString());
        }
        assertEquals(401, unauthenticated.statusCode());
        assertEquals(400, malformed.statusCode());
        assertEquals(400, invalid.statusCode());
    }

    @Test
    void insaneClientIdIsReplaced() {
        String hostile = "x".repeat(300);
        given().header("X-Request-Id", hostile)
                .get("/q/health/ready")
                .then()
                .header("X-Request-Id", matchesPattern(UUID))
                .header("X-Request-Id", not(equalTo(hostile)));
        given().header("X-Request-Id", "a b<script>")
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .header("X-Request-Id", matchesPattern(UUID))
                .body("requestId", matchesPattern(UUID));
    }
}
