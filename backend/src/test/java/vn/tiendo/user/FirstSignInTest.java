package vn.tiendo.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/** A user flagged at first sign-in (the bootstrap admin with the default password) can do nothing but change it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class FirstSignInTest {
    @Inject
    UserRepository users;

    @Test
    void nothingButANewPasswordUntilChanged() {
        long orgId = Api.importTree(
                        java.util.List.of(Api.org(Api.unique("FS"), "Tỉnh ủy Đổi mật khẩu", null, "tinh", 10)))
                .values()
                .iterator()
                .next();
        String username = Api.user("first", orgId, "DEPARTMENT");
        QuarkusTransaction.requiringNew()
                .run(() -> users.findByUsername(username).orElseThrow().mustChangePassword = true);

        String token = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Api.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .body("user.mustChangePassword", equalTo(true))
                .extract()
                .path("accessToken");
        given().auth()
                .oauth2(token)
                .get("/api/v1/plans")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Cần đổi mật khẩu"));
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).body("mustChangePassword", equalTo(true));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("email", "x@example.org"))
                .patch("/api/v1/me")
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "sai-mat-khau", "newPassword", "mot-mat-khau-moi"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("currentPassword"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", Api.PASSWORD))
                .post("/api/v1/me/password")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("newPassword"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", "ngắn"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(400);
        String fresh = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", "mot-mat-khau-moi"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(200)
                .cookie("tiendo_refresh", notNullValue())
                .body("user.mustChangePassword", equalTo(false))
                .extract()
                .path("accessToken");
        given().auth().oauth2(fresh).get("/api/v1/plans").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Api.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);

        // the notice preference, set by the user for themselves
        given().auth()
                .oauth2(fresh)
                .contentType(ContentType.JSON)
                .body(Map.of("email", "tuyengiao@example.org", "noticeMail", "DAILY"))
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("noticeMail", equalTo("DAILY"))
                .body("email", equalTo("tuyengiao@example.org"));
        given().auth()
                .oauth2(fresh)
                .contentType(ContentType.JSON)
                .body(Map.of("noticeMail", "WEEKLY"))
                .patch("/api/v1/me")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(fresh)
                .contentType(ContentType.JSON)
                .body(Map.of("email", "not-a-mail"))
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("email"));
    }
}
