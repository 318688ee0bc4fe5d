package vn.tiendo.user;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tiendo.support.Api.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/** Issue 12 item 9: duplicate races are 409, bcrypt's byte limit is 422, chunked bodies are capped: never a 500. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DuplicateAndLimitsTest {

    long root() {
        String p = Api.unique("DUP");
        return Api.importTree(List.of(Api.org(p + "-R", "Gốc", null, "tinh", 0)))
                .get(p + "-R");
    }

    Map<String, Object> user(String username, long orgId, String password) {
        return Map.of(
                "username",
                username,
                "password",
                password,
                "fullName",
                "Người dùng",
                "orgId",
                orgId,
                "roles",
                List.of("VIEWER"));
    }

    static List<Integer> race(int n, Supplier<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            fs.add(pool.submit(() -> {
                go.await();
                return call.get();
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : fs) {
            codes.add(f.get());
        }
        pool.shutdown();
        Collections.sort(codes);
        return codes;
    }

    @Test
    void usernamesAreUniqueWhateverTheCaseAndRacesAnswer409() throws Exception {
        long org = root();
        String name = Api.unique("Chi.Bo").toLowerCase();
        admin().body(user(name, org, Api.PASSWORD)).post("/api/v1/users").then().statusCode(201);
        admin().body(user(name.toUpperCase(), org, Api.PASSWORD))
                .post("/api/v1/users")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("username"));
        String raced = Api.unique("race").toLowerCase();
        String token = Api.token("admin", Api.ADMIN_PASSWORD);
        List<Integer> codes = race(6, () -> RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType("application/json")
                .body(user(raced.substring(0, 1).toUpperCase() + raced.substring(1), org, Api.PASSWORD))
                .post("/api/v1/users")
                .statusCode());
        assertEquals(List.of(201, 409, 409, 409, 409, 409), codes);
    }

    @Test
    void organisationCodeRacesAnswer409() throws Exception {
        long org = root();
        String code = Api.unique("RACE");
        String token = Api.token("admin", Api.ADMIN_PASSWORD);
        List<Integer> codes = race(6, () -> RestAssured.given()
                .auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("code", code, "name", "Xã đua", "parentId", org, "levelCode", "co-so"))
                .post("/api/v1/organizations")
                .statusCode());
        assertEquals(List.of(201, 409, 409, 409, 409, 409), codes);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIs422() {
        long org = root();
        String vietnamese = "ệ".repeat(30); // 30 characters, 90 bytes
        admin().body(user(Api.unique("pw").toLowerCase(), org, vietnamese))
                .post("/api/v1/users")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("password"));
        String ok = Api.unique("pw").toLowerCase();
        admin().body(user(ok, org, "ệ".repeat(24))).post("/api/v1/users").then().statusCode(201); // 72 bytes exactly
    }

    @Test
    void aChunkedBodyCountsAgainstTheLimit() throws Exception {
        String token = Api.token("admin", Api.ADMIN_PASSWORD);
        // no long string (Jackson caps those itself): 25,000 small tiers, 1.3 MB in all
        String tier = "{\"name\":\"Cấp cơ sở\",\"levelCodes\":[\"co-so\"],\"deadline\":\"2030-01-01\"},";
        String tiers = tier.repeat(25_000);
        byte[] big = ("{\"number\":\"1\",\"title\":\"t\",\"tiers\":[" + tiers.substring(0, tiers.length() - 1) + "]}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/plans"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                .build(); // no length: chunked
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        assertEquals(
                "application/problem+json",
                r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }
}
