package vn.tiendo.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.tiendo.support.EmbeddedPostgresResource;

/** The served spec must equal the committed ../openapi.yaml; `make openapi` (-Dopenapi.update=true) rewrites it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OpenApiContractTest {
    @Test
    void servedSpecEqualsCommittedFile() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path committed = Path.of(System.getProperty("openapi.file", "../openapi.yaml"));
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(committed, served);
        }
        assertEquals(Files.readString(committed), served,
                "openapi.yaml is stale: run `make openapi` and commit it (and regenerate the SPA's types)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasIdSummaryAndErrorResponses() {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
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
                assertTrue(responses.containsKey("400"), "400 missing on " + where);
                if (!path.getKey().endsWith("/auth/login") && !path.getKey().endsWith("/auth/logout")) {
                    assertTrue(responses.containsKey("401"), "401 missing on " + where);
                }
            }
        }
        assertTrue(operations >= 30, "expected the whole API, found " + operations + " operations");
    }
}
