package vn.tiendo.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import vn.tiendo.support.EmbeddedPostgresResource;

/**
 * Every operation of the contract, called without credentials (and with a forged token), answers 401 as
 * problem+json — except login (400 for this body) and logout (204: without a refresh cookie there is nothing to
 * revoke). Refresh is not public: its credential is the refresh cookie. Endpoints without an explicit rule are
 * denied (deny-unannotated-endpoints).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class UnauthenticatedWalkTest {
    static final String FORGED =
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwidXBuIjoiYWRtaW4iLCJncm91cHMiOlsiQURNSU4iXX0.c2lnbmF0dXJl";

    @Test
    @SuppressWarnings("unchecked")
    void noOperationAnswersWithoutCredentials() throws Exception {
        Map<String, Object> spec =
                new Yaml().load(Files.readString(Path.of(System.getProperty("openapi.file", "../openapi.yaml"))));
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (var entry : paths.entrySet()) {
            String path = entry.getKey().replaceAll("\\{[^}]+}", "1");
            for (String method : entry.getValue().keySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                boolean publicOp = entry.getKey().equals("/api/v1/auth/login");
                boolean logout = entry.getKey().equals("/api/v1/auth/logout");
                Map<String, Object> op = (Map<String, Object>) entry.getValue().get(method);
                Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                String type = body == null
                        ? "application/json"
                        : ((Map<String, Object>) body.get("content"))
                                .keySet()
                                .iterator()
                                .next(); // send what it declares
                for (String token : new String[] {null, FORGED}) {
                    var req = type.startsWith("multipart")
                            ? given().multiPart("file", "x.bin", new byte[] {1})
                            : given().contentType(type).body("{}");
                    if (token != null) {
                        req = req.auth().oauth2(token);
                    }
                    Response r = req.request(method.toUpperCase(), path);
                    calls++;
                    if (logout) {
                        if (r.statusCode() != 204) {
                            failures.add(method + " " + path + " → " + r.statusCode());
                        }
                    } else if (publicOp) {
                        if (r.statusCode() >= 500 || r.statusCode() == 200) {
                            failures.add(method + " " + path + " → " + r.statusCode());
                        }
                    } else if (r.statusCode() != 401 || !r.contentType().startsWith("application/problem+json")) {
                        failures.add(method + " " + path + (token == null ? "" : " (forged token)") + " → "
                                + r.statusCode());
                    }
                }
            }
        }
        System.out.println("unauthenticated walk: " + calls + " requests");
        assertTrue(calls > 70, "walked " + calls);
        assertEquals(List.of(), failures);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void securityHeadersOnTheApiAndTheSpa() {
        for (String path : List.of("/api/v1/me", "/")) {
            var r = given().get(path);
            String csp = r.header("Content-Security-Policy");
            assertTrue(
                    csp != null
                            && csp.contains("script-src 'self'")
                            && !csp.contains("script-src 'self' 'unsafe-inline'"),
                    path + ": " + csp);
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertEquals("DENY", r.header("X-Frame-Options"));
            assertEquals("no-referrer", r.header("Referrer-Policy"));
        }
        // CORS is closed: a foreign origin gets no allow-origin header
        var r = given().header("Origin", "https://evil.example").get("/api/v1/me");
        assertEquals(null, r.header("Access-Control-Allow-Origin"));
    }
}
