package vn.tiendo.user;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/**
 * Failed sign-ins are slowed, then refused; an unknown user and a wrong password answer alike and cost the same
 * bcrypt work. Timing is only ever checked from below (a wait happened), never from above, so load cannot flake it.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class BruteForceTest {
    @Inject
    LoginThrottle throttle;

    @Inject
    EntityManager em;

    /** Every test client shares the loopback address: its count belongs to the test that made it. */
    @BeforeEach
    @AfterEach
    void forgetAddresses() {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key LIKE 'ip:%'")
                        .executeUpdate());
    }

    /** With a fixed request id, so two answers can be compared byte for byte. */
    static Response attempt(String username, String password) {
        return given().header("X-Request-Id", "brute-force-test")
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }

    static String newUser() {
        String p = Api.unique("BF");
        Map<String, Long> ids = Api.importTree(List.of(Api.org(p, "Gốc", null, "tinh", 0)));
        return Api.user("bf", ids.get(p), "VIEWER");
    }

    static long millis(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswerAfterTheSameBcryptWork() {
        String user = newUser();
        long before = Passwords.verifications();
        Response wrong = attempt(user, "sai-mat-khau");
        long afterWrong = Passwords.verifications();
        Response unknown = attempt("khong-co-ai-" + user, "sai-mat-khau");
        long afterUnknown = Passwords.verifications();
        assertEquals(1, afterWrong - before, "a wrong password is checked with bcrypt once");
        assertEquals(1, afterUnknown - afterWrong, "an unknown user is checked against the dummy hash once");
        assertEquals(401, wrong.statusCode());
        assertEquals(401, unknown.statusCode());
        assertEquals(wrong.asString(), unknown.asString());
        assertEquals(wrong.contentType(), unknown.contentType());
        assertNull(wrong.header("Set-Cookie"));
        assertNull(unknown.header("Set-Cookie"));
        // and the dummy costs what a real hash costs
        String stored = QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SELECT password_hash FROM app_user WHERE username = ?1")
                        .setParameter(1, user)
                        .getSingleResult());
        assertEquals(Passwords.cost(stored), Passwords.cost(Passwords.DUMMY_HASH));
    }

    @Test
    void anAccountIsSlowedThenRefusedWith429() {
        String user = newUser();
        attempt(user, "doan-sai-1").then().statusCode(401);
        attempt(user, "doan-sai-2").then().statusCode(401);
        long[] least = {250, 500, 1000};
        for (int i = 0; i < least.length; i++) {
            String guess = "doan-sai-" + (i + 3);
            long took = millis(() -> attempt(user, guess).then().statusCode(401));
            assertTrue(took >= least[i], "attempt " + (i + 3) + " took " + took + " ms, expected at least " + least[i]);
        }
        // five failures: refused, even with the right password, until the lockout ends
        attempt(user, Api.PASSWORD)
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .contentType("application/problem+json");
        long retryAfter = Long.parseLong(attempt(user, Api.PASSWORD).header("Retry-After"));
        assertTrue(retryAfter > 800 && retryAfter <= 901, "Retry-After " + retryAfter);
    }

    @Test
    void aSlowedAccountStillSignsInWithTheRightPasswordAndStartsAfresh() {
        String user = newUser();
        for (int i = 0; i < 3; i++) {
            attempt(user, "doan-sai-" + i).then().statusCode(401);
        }
        long took = millis(() -> attempt(user, Api.PASSWORD).then().statusCode(200));
        assertTrue(took >= 500, "the fourth attempt waits, took " + took + " ms");
        Number left = QuarkusTransaction.requiringNew()
                .call(() -> (Number) em.createNativeQuery("SELECT count(*) FROM login_throttle WHERE throttle_key = ?1")
                        .setParameter(1, LoginThrottle.accountKey(user))
                        .getSingleResult());
        assertEquals(0, left.intValue());
    }

    @Test
    void anAddressIsSlowedAcrossAccountsThenRefused() {
        String address = LoginThrottle.addressKey("203.0.113.7");
        for (int i = 1; i <= 30; i++) {
            LoginThrottle.Decision d = throttle.claim(LoginThrottle.accountKey("acct-" + i + "-" + address), address);
            Duration expected =
                    i <= 10 ? Duration.ZERO : Duration.ofMillis(Math.min(2000, 250L << Math.min(i - 11, 10)));
            assertEquals(new LoginThrottle.Decision(expected, 0), d, "attempt " + i);
            throttle.failed(LoginThrottle.accountKey("acct-" + i + "-" + address), address);
        }
        LoginThrottle.Decision refused = throttle.claim(LoginThrottle.accountKey("someone-else"), address);
        assertTrue(refused.retryAfterSeconds() > 800, refused.toString());
    }

    @Test
    void aParallelBurstIsCountedBeforeAnyPasswordIsChecked() {
        String account = LoginThrottle.accountKey(Api.unique("burst"));
        String address = LoginThrottle.addressKey("203.0.113.8");
        for (int i = 1; i <= 5; i++) {
            assertEquals(0, throttle.claim(account, address).retryAfterSeconds(), "attempt " + i);
        }
        // none of the five has failed yet, and the sixth is refused all the same
        assertTrue(throttle.claim(account, address).retryAfterSeconds() > 0);
    }

    @Test
    void theDelayIsBounded() {
        assertEquals(Duration.ZERO, throttle.delayFor(1, 2));
        assertEquals(Duration.ofMillis(250), throttle.delayFor(2, 2));
        assertEquals(Duration.ofMillis(1000), throttle.delayFor(4, 2));
        assertEquals(Duration.ofSeconds(2), throttle.delayFor(5, 2));
        assertEquals(Duration.ofSeconds(2), throttle.delayFor(Long.MAX_VALUE, 2));
    }
}
