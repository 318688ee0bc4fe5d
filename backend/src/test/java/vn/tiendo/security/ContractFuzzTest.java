package vn.tiendo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiendo.support.Api.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.tiendo.common.AppClock;
import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/**
 * Fuzzing from the contract: every operation of openapi.yaml with a JSON body gets malformed and boundary inputs
 * (wrong types, missing fields, huge strings, deep JSON, negative and huge numbers, impossible dates, unknown enum
 * values), and every operation with a path id gets ids that do not exist. No answer may be 5xx; every 4xx is
 * problem+json without a stack trace, SQL or class name; and a rejected request changes nothing in the database.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ContractFuzzTest {
    static final String COUNT_ROWS = """
            SELECT (SELECT count(*) FROM organization) || '/' || (SELECT count(*) FROM plan) || '/' || (SELECT count(*) FROM tier)
                || '/' || (SELECT count(*) FROM assignment) || '/' || (SELECT count(*) FROM report) || '/' || (SELECT count(*) FROM session)
                || '/' || (SELECT count(*) FROM app_user) || '/' || (SELECT count(*) FROM api_key) || '/' || (SELECT count(*) FROM webhook)
                || '/' || (SELECT count(*) FROM level) || '/' || (SELECT coalesce(sum(version), 0) FROM assignment)
                || '/' || (SELECT coalesce(sum(version), 0) FROM organization) || '/' || (SELECT coalesce(sum(version), 0) FROM plan)""";

    @Inject
    EntityManager em;

    String rows() {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(COUNT_ROWS).getSingleResult());
    }

    static List<Object> badValues() {
        Map<String, Object> deep = new LinkedHashMap<>();
        Map<String, Object> cur = deep;
        for (int i = 0; i < 200; i++) {
            Map<String, Object> next = new LinkedHashMap<>();
            cur.put("x", next);
            cur = next;
        }
        List<Object> v = new ArrayList<>();
        v.add("x".repeat(300_000));
        v.add(-1);
        v.add(Long.MAX_VALUE);
        v.add(-9.99e300);
        v.add("2021-02-30");
        v.add("31/12/2021");
        v.add("KHONG_CO_GIA_TRI_NAY");
        v.add(true);
        v.add(List.of(1, "a", List.of()));
        v.add(deep);
        v.add("'; DROP TABLE organization; --");
        return v;
    }

    @Test
    @SuppressWarnings("unchecked")
    void malformedAndBoundaryInputsNeverAnswer5xxNorChangeAnything() throws Exception {
        String p = Api.unique("FZ");
        Map<String, Long> ids = Api.importTree(List.of(Api.org(p + "-R", "Gốc", null, "tinh", 0), Api.org(p + "-X", "Xã", p + "-R", "co-so", 5)));
        Number plan = admin().body(Map.of("number", "FZ-1", "title", "Kế hoạch", "issuerOrgId", ids.get(p + "-R"), "tiers",
                List.of(Map.of("name", "Xã", "levelCodes", List.of("co-so"), "deadline", LocalDate.now(AppClock.ZONE).plusDays(5).toString()))))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        admin().post("/api/v1/plans/" + plan + "/publish").then().statusCode(200);
        Number assignment = admin().get("/api/v1/plans/" + plan + "/assignments").then().extract().path("items[0].id");
        // patches with one valid field are accepted: aim them at things this test owns, never at the admin
        String owned = Api.user("fz", ids.get(p + "-R"), "VIEWER");
        Number user = admin().get("/api/v1/users?size=1000").then().extract().path("items.find { it.username == '" + owned + "' }.id");
        Number session = admin().body(Map.of("startsAt", java.time.OffsetDateTime.now().plusDays(1).toString()))
                .post("/api/v1/assignments/" + assignment + "/sessions").then().statusCode(201).extract().path("id");

        Map<String, Object> spec = new Yaml().load(Files.readString(Path.of(System.getProperty("openapi.file", "../openapi.yaml"))));
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (var entry : paths.entrySet()) {
            String template = entry.getKey();
            if (!template.startsWith("/api/v1") || template.endsWith("/auth/login")) {
                continue;
            }
            for (var op : entry.getValue().entrySet()) {
                String method = op.getKey();
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                Map<String, Object> operation = (Map<String, Object>) op.getValue();
                // 1. ids that do not exist (and ids that are not numbers) on the real path
                if (template.contains("{")) {
                    for (String id : List.of("987654321", "-5", "abc")) {
                        String path = template.replaceAll("\\{[^}]+}", id);
                        sent++;
                        check(failures, method, path, admin().body("{}").request(method.toUpperCase(), path), null);
                    }
                }
                // 2. malformed bodies on a real target
                Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                if (body == null || !((Map<String, Object>) body.get("content")).containsKey("application/json")) {
                    continue;
                }
                String path = template.replace("/plans/{id}", "/plans/" + plan).replace("/organizations/{id}", "/organizations/" + ids.get(p + "-X"))
                        .replace("/assignments/{id}", "/assignments/" + assignment).replace("/users/{id}", "/users/" + user)
                        .replace("/sessions/{id}", "/sessions/" + session).replace("{code}", p + "-NEW").replaceAll("\\{[^}]+}", "987654321");
                Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) body.get("content"))
                        .get("application/json")).get("schema");
                List<String> fields = fieldsOf(schema, schemas);
                List<String> bodies = new ArrayList<>(List.of("", "null", "[]", "{", "\"text\"", "{\"unknown\":1}", "{}"));
                for (String field : fields) {
                    for (Object bad : badValues()) {
                        bodies.add(Api.json(Map.of(field, bad)));
                    }
                }
                for (String b : bodies) {
                    String before = rows();
                    sent++;
                    Response r = admin().body(b).request(method.toUpperCase(), path);
                    check(failures, method, path + " " + b.substring(0, Math.min(60, b.length())), r, before);
                }
            }
        }
        System.out.println("contract fuzzing: " + sent + " requests");
        assertTrue(sent > 500, "sent " + sent);
        assertEquals(List.of(), failures);
    }

    void check(List<String> failures, String method, String what, Response r, String rowsBefore) {
        int s = r.statusCode();
        String body = r.asString();
        if (s >= 500) {
            failures.add(s + " " + method + " " + what);
            return;
        }
        if (s >= 400) {
            if (!r.contentType().startsWith("application/problem+json")) {
                failures.add("not problem+json: " + s + " " + method + " " + what);
            }
            for (String leak : List.of("Exception", "\tat ", "org.hibernate", "java.", "SQL", "jakarta.")) {
                if (body.contains(leak)) {
                    failures.add("leaks '" + leak + "': " + method + " " + what);
                }
            }
            if (rowsBefore != null && !rowsBefore.equals(rows())) {
                failures.add("rejected but changed the database: " + s + " " + method + " " + what);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> fieldsOf(Map<String, Object> schema, Map<String, Object> schemas) {
        if (schema == null) {
            return List.of();
        }
        Object ref = schema.get("$ref");
        if (ref != null) {
            schema = (Map<String, Object>) schemas.get(((String) ref).substring("#/components/schemas/".length()));
        }
        Map<String, Object> props = (Map<String, Object>) schema.get("properties");
        return props == null ? List.of() : new ArrayList<>(props.keySet());
    }
}
