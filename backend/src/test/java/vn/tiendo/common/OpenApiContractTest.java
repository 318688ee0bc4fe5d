package vn.tiendo.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import vn.tiendo.support.EmbeddedPostgresResource;

/** The served spec must equal the committed ../openapi.yaml; `make openapi` (-Dopenapi.update=true) rewrites it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OpenApiContractTest {
    @Test
    void servedSpecEqualsCommittedFile() throws Exception {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Path committed = Path.of(System.getProperty("openapi.file", "../openapi.yaml"));
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(committed, served);
        }
        assertEquals(
                Files.readString(committed),
                served,
                "openapi.yaml is stale: run `make openapi` and commit it (and regenerate the SPA's types)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasIdSummaryAndErrorResponses() {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Map<String, Object> spec = new Yaml().load(served);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1")) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                operations++;
                Map<String, Object> o = (Map<String, Object>) op.getValue();
                String where = op.getKey() + " " + path.getKey();
                assertTrue(o.get("operationId") instanceof String, "operationId missing on " + where);
                assertTrue(o.get("summary") instanceof String, "summary missing on " + where);
                Map<String, Object> responses = (Map<String, Object>) o.get("responses");
                boolean takesInput = o.get("parameters") != null || o.get("requestBody") != null;
                assertEquals(
                        takesInput, responses.containsKey("400"), "400 iff the operation takes input, on " + where);
                if (!path.getKey().endsWith("/auth/login") && !path.getKey().endsWith("/auth/logout")) {
                    assertTrue(responses.containsKey("401"), "401 missing on " + where);
                }
                List<Map<String, List<String>>> security =
                        (List<Map<String, List<String>>>) o.getOrDefault("security", List.of());
                for (Map<String, List<String>> requirement : security) {
                    requirement.forEach((scheme, scopes) ->
                            assertEquals(List.of(), scopes, "roles given as scopes of " + scheme + " on " + where));
                }
                if (!path.getKey().startsWith("/api/v1/auth/")) {
                    assertTrue(
                            o.get("x-roles") instanceof List<?> roles && !roles.isEmpty(),
                            "x-roles missing on " + where);
                }
            }
        }
        assertTrue(operations >= 30, "expected the whole API, found " + operations + " operations");
    }

    /** The Idempotency-Key header is declared exactly on the @Idempotent methods (a few known ones checked here). */
    @Test
    @SuppressWarnings("unchecked")
    void idempotencyKeyFollowsTheAnnotation() {
        String served = given().accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>)
                new Yaml().<Map<String, Object>>load(served).get("paths");
        java.util.function.BiFunction<String, String, Boolean> hasKey = (path, method) -> ((List<Map<String, Object>>)
                        paths.get(path).get(method).getOrDefault("parameters", List.of()))
                .stream().anyMatch(p -> "Idempotency-Key".equals(p.get("name")));
        assertTrue(hasKey.apply("/api/v1/assignments/{id}/reports", "post"), "submitReport is @Idempotent");
        assertTrue(hasKey.apply("/api/v1/plans/{id}/publish", "post"), "publishPlan is @Idempotent");
        assertTrue(!hasKey.apply("/api/v1/plans/{id}/close", "post"), "closePlan is not @Idempotent");
        assertTrue(!hasKey.apply("/api/v1/reports/{id}/review", "post"), "reviewReport is not @Idempotent");
    }
}
