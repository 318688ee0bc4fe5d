package vn.tiendo.user;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.common.Sha256;
import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/**
 * The SPA's session: login sets a refresh cookie, refresh rotates it (one use), a reused token revokes its family,
 * logout revokes, and the idle window, the absolute end, deactivation and a password change all end it.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RefreshTokenTest {
    static final String COOKIE = "tiendo_refresh";

    @Inject
    AppClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Response login(String username) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Api.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .response();
    }

    static Response refresh(String cookie) {
        return given().cookie(COOKIE, cookie).post("/api/v1/auth/refresh");
    }

    static String newUser() {
        String p = Api.unique("RT");
        Map<String, Long> ids = Api.importTree(List.of(Api.org(p, "Gốc", null, "tinh", 0)));
        return Api.user("rt", ids.get(p), "VIEWER");
    }

    static long idOf(String username) {
        Number id = Api.admin()
                .get("/api/v1/users?size=1000")
                .then()
                .extract()
                .path("items.find { it.username == '" + username + "' }.id");
        return id.longValue();
    }

    @Test
    void loginSetsAStrictHttpOnlySecureCookieOnTheAuthPathAndKeepsItsBody() {
        String user = newUser();
        Response r = login(user);
        String header = r.header("Set-Cookie");
        assertTrue(header.startsWith(COOKIE + "="), header);
        for (String attribute :
                List.of("Path=/api/v1/auth", "HttpOnly", "Secure", "SameSite=Strict", "Max-Age=14400")) {
            assertTrue(header.contains(attribute), attribute + " missing in " + header);
        }
        // the body is what API clients already read: nothing added, nothing removed
        assertEquals(
                Set.of("accessToken", "expiresIn", "user"),
                r.jsonPath().getMap("$").keySet());
        assertEquals(3600, r.jsonPath().getInt("expiresIn"));
        String token = r.cookie(COOKIE);
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), "256 random bits, base64url: " + token);
        // only its hash is stored
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                                "SELECT count(*) FROM refresh_token WHERE token_hash = ?1 OR token_hash = ?2")
                        .setParameter(1, Sha256.hex(token))
                        .setParameter(2, token)
                        .getSingleResult())
                .longValue());
        assertEquals(1, stored);
    }

    @Test
    void refreshRotatesTheCookieAndAnswersLikeLogin() {
        String user = newUser();
        String first = login(user).cookie(COOKIE);
        Response r = refresh(first)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("user.username", equalTo(user))
                .body("expiresIn", equalTo(3600))
                .extract()
                .response();
        assertEquals(
                Set.of("accessToken", "expiresIn", "user"),
                r.jsonPath().getMap("$").keySet());
        String second = r.cookie(COOKIE);
        assertNotEquals(first, second);
        given().auth()
                .oauth2(r.path("accessToken"))
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("username", equalTo(user));
        // an expired or garbled access token sent along does not get in the way
        given().auth()
                .oauth2("expired.or.garbled")
                .cookie(COOKIE, second)
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200);
    }

    @Test
    void aReusedRefreshTokenRevokesItsWholeFamilyButNotOtherSessions() {
        String user = newUser();
        String stolen = login(user).cookie(COOKIE);
        String otherDevice = login(user).cookie(COOKIE);
        String next = refresh(stolen).then().statusCode(200).extract().cookie(COOKIE);
        clock.use(Clock.offset(Clock.systemUTC(), Duration.ofSeconds(16))); // past the grace for a lost answer
        refresh(stolen)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("title", equalTo("Phiên đăng nhập đã kết thúc"));
        refresh(next).then().statusCode(401); // the legitimate successor dies with its family
        refresh(otherDevice).then().statusCode(200); // another login is another family
    }

    @Test
    void aLostAnswerIsForgivenWithinTheGraceButNotOnceTheSuccessorWasUsed() {
        String user = newUser();
        String first = login(user).cookie(COOKIE);
        String lost =
                refresh(first).then().statusCode(200).extract().cookie(COOKIE); // the browser reloaded: never stored
        String again = refresh(first).then().statusCode(200).extract().cookie(COOKIE);
        refresh(lost).then().statusCode(401); // the successor that never arrived is revoked
        String next = refresh(again).then().statusCode(200).extract().cookie(COOKIE); // the family lives on
        // a later token of the family has been used now: presenting the first again is a copy, even within the grace,
        // and the whole family ends
        refresh(first).then().statusCode(401);
        refresh(next).then().statusCode(401);
    }

    @Test
    void twoRefreshesRacingWithOneTokenLeaveExactlyOneLiveSuccessor() throws Exception {
        String user = newUser();
        String token = login(user).cookie(COOKIE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Response>> calls = List.of(() -> refresh(token), () -> refresh(token));
            List<String> successors = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                Response r = f.get();
                assertEquals(200, r.statusCode(), "the second is a lost answer within the grace: " + r.asString());
                successors.add(r.cookie(COOKIE));
            }
            // the row lock serialises them: the later one revoked the earlier one's successor
            List<Integer> statuses = new ArrayList<>();
            for (String s : successors) {
                statuses.add(refresh(s).statusCode());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 401), statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void logoutRevokesTheFamilyClearsTheCookieAndIsIdempotent() {
        String user = newUser();
        String token = refresh(login(user).cookie(COOKIE))
                .then()
                .statusCode(200)
                .extract()
                .cookie(COOKIE);
        Response out = given().cookie(COOKIE, token)
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204)
                .extract()
                .response();
        String cleared = out.header("Set-Cookie");
        assertTrue(
                cleared.startsWith(COOKIE + "=;")
                        && cleared.contains("Max-Age=0")
                        && cleared.contains("Path=/api/v1/auth"),
                cleared);
        refresh(token).then().statusCode(401);
        given().cookie(COOKIE, token).post("/api/v1/auth/logout").then().statusCode(204);
        given().post("/api/v1/auth/logout").then().statusCode(204);
        given().cookie(COOKIE, "not-a-token").post("/api/v1/auth/logout").then().statusCode(204);
    }

    @Test
    void refreshWithoutOrWithAnUnknownCookieIs401AndClearsIt() {
        given().post("/api/v1/auth/refresh")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .header("Set-Cookie", org.hamcrest.Matchers.containsString("Max-Age=0"));
        refresh("A".repeat(43)).then().statusCode(401);
        refresh("x".repeat(5000)).then().statusCode(401);
    }

    @Test
    void theIdleWindowAndTheAbsoluteEndExpireTheSession() {
        Instant base = Instant.now().plus(Duration.ofDays(400)); // a time no other test's tokens live in
        String user = newUser();
        clock.use(Clock.fixed(base, AppClock.ZONE));
        String idle = login(user).cookie(COOKIE);
        String token = login(user).cookie(COOKIE);
        clock.use(Clock.fixed(base.plus(Duration.ofHours(4)).plusSeconds(1), AppClock.ZONE));
        refresh(idle).then().statusCode(401); // 4 h without a refresh
        for (int hours = 3; hours <= 9; hours += 3) {
            clock.use(Clock.fixed(base.plus(Duration.ofHours(hours)), AppClock.ZONE));
            Response r = refresh(token).then().statusCode(200).extract().response();
            token = r.cookie(COOKIE);
            // the last one may live only until the session's absolute end, 12 h after login
            String maxAge = "Max-Age=" + (hours == 9 ? 3 * 3600 : 4 * 3600);
            assertTrue(r.header("Set-Cookie").contains(maxAge), maxAge + " in " + r.header("Set-Cookie"));
        }
        clock.use(Clock.fixed(base.plus(Duration.ofHours(12)).plusSeconds(1), AppClock.ZONE));
        refresh(token).then().statusCode(401);
    }

    @Test
    void deactivationAPasswordChangeOrDeletionEndTheSession() {
        String deactivated = newUser();
        String token = login(deactivated).cookie(COOKIE);
        long id = idOf(deactivated);
        Api.admin()
                .body(Map.of("active", false))
                .patch("/api/v1/users/" + id)
                .then()
                .statusCode(200);
        refresh(token).then().statusCode(401);
        Api.admin()
                .body(Map.of("active", true))
                .patch("/api/v1/users/" + id)
                .then()
                .statusCode(200);
        refresh(token).then().statusCode(401); // revoked, not merely paused

        String changed = newUser();
        String before = login(changed).cookie(COOKIE);
        Api.admin()
                .body(Map.of("password", "mat-khau-moi-hoan-toan"))
                .patch("/api/v1/users/" + idOf(changed))
                .then()
                .statusCode(200);
        refresh(before).then().statusCode(401);

        String deleted = newUser();
        String orphan = login(deleted).cookie(COOKIE);
        long deletedId = idOf(deleted);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM app_user WHERE id = ?1")
                .setParameter(1, deletedId)
                .executeUpdate());
        refresh(orphan).then().statusCode(401);
    }
}
