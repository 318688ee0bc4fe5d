package vn.tiendo.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.as;
import static vn.tiendo.support.Api.org;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AuthTest {
    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    /** Every test client shares the loopback address: its failed sign-ins must not slow other tests' logins. */
    @org.junit.jupiter.api.AfterEach
    void forgetAddresses() {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key LIKE 'ip:%'")
                        .executeUpdate());
    }

    @Test
    void loginAnswersTheSameForUnknownUserAndWrongPassword() {
        // the same request id on both, so the two bodies can be compared byte for byte
        var wrong = given().header("X-Request-Id", "same-login")
                .contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", "sai-mat-khau"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .extract()
                .asString();
        var unknown = given().header("X-Request-Id", "same-login")
                .contentType(ContentType.JSON)
                .body(Map.of("username", "khong-co-ai", "password", "sai-mat-khau"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertEquals(wrong, unknown);
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", Api.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .body("user.username", equalTo("admin"))
                .body("user.orgId", nullValue())
                .body("user.roles", equalTo(List.of("ADMIN")))
                .body("expiresIn", equalTo(3600))
                .body("user", not(hasItem("passwordHash")));
    }

    @Test
    void repeatedFailuresLockTheAccountWith429AndRetryAfter() {
        String p = Api.unique("BF");
        Map<String, Long> ids = Api.importTree(List.of(org(p + "-R", "Gốc", null, "tinh", 0)));
        String victim = Api.user("bf", ids.get(p + "-R"), "VIEWER");
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("username", victim, "password", "doan-sai-" + i))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401);
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("username", victim, "password", Api.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of("username", victim.toUpperCase(), "password", Api.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(429);
        // another account from the same address still signs in
        given().contentType(ContentType.JSON)
                .body(Map.of("username", "admin", "password", Api.ADMIN_PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200);
    }

    @Test
    void noOrBadTokenIs401() {
        given().get("/api/v1/me")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json");
        given().auth().oauth2("not.a.token").get("/api/v1/me").then().statusCode(401);
        given().auth()
                .oauth2("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwidXBuIjoiYWRtaW4iLCJncm91cHMiOlsiQURNSU4iXX0.")
                .get("/api/v1/plans")
                .then()
                .statusCode(401);
    }

    @Test
    void wrongRoleIs403AndDeactivatedUserLosesAccessAtOnce() {
        String p = Api.unique("AU");
        Map<String, Long> ids = Api.importTree(List.of(org(p + "-R", "Gốc", null, "tinh", 0)));
        String viewer = Api.user("view", ids.get(p + "-R"), "VIEWER");
        as(viewer).get("/api/v1/organizations/" + ids.get(p + "-R")).then().statusCode(200);
        as(viewer)
                .body(Map.of("number", "1", "title", "t", "tiers", List.of()))
                .post("/api/v1/plans")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(viewer).get("/api/v1/users").then().statusCode(403);
        Number id = admin().get("/api/v1/users?size=1000")
                .then()
                .extract()
                .path("items.find { it.username == '" + viewer + "' }.id");
        admin().body(Map.of("active", false))
                .patch("/api/v1/users/" + id)
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        as(viewer).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void usersAreCreatedWithoutExposingPasswordsAndValidated() {
        String p = Api.unique("US");
        Map<String, Long> ids = Api.importTree(List.of(org(p + "-R", "Gốc", null, "tinh", 0)));
        admin().body(Map.of(
                        "username",
                        "ab",
                        "password",
                        "short",
                        "fullName",
                        "",
                        "orgId",
                        ids.get(p + "-R"),
                        "roles",
                        List.of()))
                .post("/api/v1/users")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("fullName", "password", "roles", "username")));
        admin().body(Map.of(
                        "username",
                        "u" + p.toLowerCase(),
                        "password",
                        "mat-khau-du-dai",
                        "fullName",
                        "A",
                        "orgId",
                        ids.get(p + "-R"),
                        "roles",
                        List.of("SUPERUSER")))
                .post("/api/v1/users")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("roles[0]"));
        admin().body(Map.of(
                        "username",
                        "u" + p.toLowerCase(),
                        "password",
                        "mat-khau-du-dai",
                        "fullName",
                        "A",
                        "orgId",
                        987654321,
                        "roles",
                        List.of("VIEWER")))
                .post("/api/v1/users")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("orgId"));
        admin().body(Map.of(
                        "username",
                        "u" + p.toLowerCase(),
                        "password",
                        "mat-khau-du-dai",
                        "fullName",
                        "A",
                        "orgId",
                        ids.get(p + "-R"),
                        "roles",
                        List.of("VIEWER")))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .body("password", nullValue())
                .body("passwordHash", nullValue())
                .body("orgCode", equalTo(p + "-R"));
        admin().body(Map.of(
                        "username",
                        "u" + p.toLowerCase(),
                        "password",
                        "mat-khau-du-dai",
                        "fullName",
                        "A",
                        "orgId",
                        ids.get(p + "-R"),
                        "roles",
                        List.of("VIEWER")))
                .post("/api/v1/users")
                .then()
                .statusCode(409);
    }
}
