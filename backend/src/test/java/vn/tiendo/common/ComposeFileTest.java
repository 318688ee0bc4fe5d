package vn.tiendo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine here: the deployment file is checked by reading it. */
class ComposeFileTest {
    @Test
    @SuppressWarnings("unchecked")
    void composeRunsPostgresAndTheBackendWithHealthChecks() throws Exception {
        Map<String, Object> compose =
                new Yaml().load(Files.readString(Path.of(System.getProperty("compose.file", "../docker-compose.yml"))));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertTrue(services.keySet().containsAll(List.of("db", "backend")), "services: " + services.keySet());

        Map<String, Object> db = services.get("db");
        assertTrue(((String) db.get("image")).startsWith("postgres:"));
        assertTrue(((List<String>) db.get("volumes")).stream().anyMatch(v -> v.endsWith(":/var/lib/postgresql/data")));
        assertNotNull(db.get("healthcheck"));

        Map<String, Object> backend = services.get("backend");
        assertEquals(List.of("8080:8080"), backend.get("ports"));
        Map<String, Object> env = (Map<String, Object>) backend.get("environment");
        assertEquals("jdbc:postgresql://db:5432/tiendo", env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertTrue(env.containsKey("TIENDO_ADMIN_PASSWORD"));
        Map<String, Object> health = (Map<String, Object>) backend.get("healthcheck");
        assertTrue(String.join(" ", (List<String>) health.get("test")).contains("/q/health/ready"));
        Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) backend.get("depends_on");
        assertEquals("service_healthy", dependsOn.get("db").get("condition"));
        assertTrue(((Map<String, Object>) compose.get("volumes")).containsKey("pgdata"));
        assertTrue(Files.exists(Path.of(System.getProperty("compose.file", "../docker-compose.yml"))
                .resolveSibling("backend/Dockerfile")));
    }
}
