package vn.tiendo.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;
import vn.tiendo.support.SmallTree;

/**
 * Fuzzing from the contract: every operation of openapi.yaml with a JSON body gets malformed and boundary inputs
 * (wrong types, missing fields, huge strings, deep JSON, negative and huge numbers, impossible dates, unknown enum
 * values, each required field left out of an otherwise complete body), every operation with a path id gets ids that do
 * not exist, and ids that exist in another organisation's tree, sent by that organisation's users. No answer may be
 * 5xx; every 4xx is problem+json without a stack trace, SQL or class name; another tree's ids answer 404 (or 400, 403
 * or 415 when the body, role or media type is refused before any lookup), never a hint that they exist; and a rejected request
 * changes nothing in the database.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ContractFuzzTest {
    static final String COUNT_ROWS =
            """
            SELECT (SELECT count(*) FROM organization) || '/' || (SELECT count(*) FROM plan) || '/' || (SELECT count(*) FROM tier)
                || '/' || (SELECT count(*) FROM assignment) || '/' || (SELECT count(*) FROM report) || '/' || (SELECT count(*) FROM session)
                || '/' || (SELECT count(*) FROM app_user) || '/' || (SELECT count(*) FROM api_key) || '/' || (SELECT count(*) FROM webhook)
                || '/' || (SELECT count(*) FROM level) || '/' || (SELECT coalesce(sum(version), 0) FROM assignment)
                || '/' || (SELECT coalesce(sum(version), 0) FROM organization) || '/' || (SELECT coalesce(sum(version), 0) FROM plan)""";

    @Inject
    EntityManager em;

    String rows() {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery(COUNT_ROWS).getSingleResult());
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
        Map<String, Long> ids = Api.importTree(
                List.of(Api.org(p + "-R", "Gốc", null, "tinh", 0), Api.org(p + "-X", "Xã", p + "-R", "co-so", 5)));
        Number plan = admin().body(Map.of(
                        "number",
                        "FZ-1",
                        "title",
                        "Kế hoạch",
                        "issuerOrgId",
                        ids.get(p + "-R"),
                        "tiers",
                        List.of(Map.of(
                                "name",
                                "Xã",
                                "levelCodes",
                                List.of("co-so"),
                                "deadline",
                                LocalDate.now(AppClock.ZONE).plusDays(5).toString()))))
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        admin().post("/api/v1/plans/" + plan + "/publish").then().statusCode(200);
        Number assignment = admin().get("/api/v1/plans/" + plan + "/assignments")
                .then()
                .extract()
                .path("items[0].id");
        // patches with one valid field are accepted: aim them at things this test owns, never at the admin
        String owned = Api.user("fz", ids.get(p + "-R"), "VIEWER");
        Number user = admin().get("/api/v1/users?size=1000")
                .then()
                .extract()
                .path("items.find { it.username == '" + owned + "' }.id");
        Number session = admin().body(Map.of(
                        "startsAt", java.time.OffsetDateTime.now().plusDays(1).toString()))
                .post("/api/v1/assignments/" + assignment + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Map<String, Object> spec =
                new Yaml().load(Files.readString(Path.of(System.getProperty("openapi.file", "../openapi.yaml"))));
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        Map<String, Object> schemas =
                (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas");
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
                String path = template.replace("/plans/{id}", "/plans/" + plan)
                        .replace("/organizations/{id}", "/organizations/" + ids.get(p + "-X"))
                        .replace("/assignments/{id}", "/assignments/" + assignment)
                        .replace("/users/{id}", "/users/" + user)
                        .replace("/sessions/{id}", "/sessions/" + session)
                        .replace("{code}", p + "-NEW")
                        .replaceAll("\\{[^}]+}", "987654321");
                Map<String, Object> schema = (Map<String, Object>)
                        ((Map<String, Object>) ((Map<String, Object>) body.get("content")).get("application/json"))
                                .get("schema");
                List<String> fields = fieldsOf(schema, schemas);
                List<String> bodies =
                        new ArrayList<>(List.of("", "null", "[]", "{", "\"text\"", "{\"unknown\":1}", "{}"));
                Object complete = example(schema, schemas);
                for (String field : complete instanceof Map ? requiredOf(schema, schemas) : List.<String>of()) {
                    Map<String, Object> missing = new LinkedHashMap<>((Map<String, Object>) complete);
                    missing.remove(field);
                    String before = rows();
                    sent++;
                    Response r = admin().body(Api.json(missing)).request(method.toUpperCase(), path);
                    if (r.statusCode() < 400) {
                        failures.add("accepted without required '" + field + "': " + r.statusCode() + " " + method + " "
                                + path);
                    }
                    check(failures, method, path + " without " + field, r, before);
                }
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

    /**
     * Every operation with a path id, aimed at objects of one tree (organisations, its plan, assignments, a session, a
     * report, a user, an API key, a webhook) by users of an unrelated tree, with complete example bodies.
     */
    @Test
    @SuppressWarnings("unchecked")
    void anotherTreesIdsAnswer404AndChangeNothing() throws Exception {
        LocalDate today = LocalDate.now(AppClock.ZONE);
        SmallTree t = new SmallTree(today.minusDays(3), today.plusDays(5), today.plusDays(10));
        long cb = t.assignmentOf.get("CB");
        Number session = as(t.user("repCB"))
                .body(Map.of(
                        "startsAt", java.time.OffsetDateTime.now().plusDays(1).toString()))
                .post("/api/v1/assignments/" + cb + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Number report = as(t.user("repCB"))
                .body(SmallTree.report(today, 10, 10, true))
                .post("/api/v1/assignments/" + cb + "/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Number user = admin().get("/api/v1/users?size=1000")
                .then()
                .extract()
                .path("items.find { it.username == '" + t.user("repCB") + "' }.id");
        Number key = admin().body(Map.of("name", "Cổng", "orgId", t.id("ROOT"), "roles", List.of("VIEWER")))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("apiKey.id");
        Number hook = admin().body(Map.of(
                        "url",
                        "http://127.0.0.1:9/h",
                        "secret",
                        "0123456789abcdef",
                        "events",
                        List.of("plan.published"),
                        "orgId",
                        t.id("ROOT")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, String> targets = Map.of(
                "/plans/{id}",
                "/plans/" + t.planId,
                "/organizations/{id}",
                "/organizations/" + t.id("C1"),
                "/assignments/{id}",
                "/assignments/" + cb,
                "/sessions/{id}",
                "/sessions/" + session,
                "/reports/{id}",
                "/reports/" + report,
                "/users/{id}",
                "/users/" + user,
                "/api-keys/{id}",
                "/api-keys/" + key,
                "/webhooks/{id}",
                "/webhooks/" + hook,
                "/by-code/{code}",
                "/by-code/" + t.code("C1"));

        Map<String, Object> spec =
                new Yaml().load(Files.readString(Path.of(System.getProperty("openapi.file", "../openapi.yaml"))));
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        Map<String, Object> schemas =
                (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int notFound = 0;
        for (var entry : paths.entrySet()) {
            String template = entry.getKey();
            String prefix = targets.keySet().stream()
                    .filter(template::contains)
                    .findFirst()
                    .orElse(null);
            if (!template.startsWith("/api/v1") || prefix == null) {
                continue;
            }
            String path = template.replace(prefix, targets.get(prefix)).replaceAll("\\{[^}]+}", "1");
            for (var op : entry.getValue().entrySet()) {
                String method = op.getKey();
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                Map<String, Object> body =
                        (Map<String, Object>) ((Map<String, Object>) op.getValue()).get("requestBody");
                Object example = Map.of();
                if (body != null && ((Map<String, Object>) body.get("content")).containsKey("application/json")) {
                    example = example(
                            (Map<String, Object>) ((Map<String, Object>)
                                            ((Map<String, Object>) body.get("content")).get("application/json"))
                                    .get("schema"),
                            schemas);
                }
                for (String attacker : List.of(t.user("deptOther"), t.user("repOther"))) {
                    String before = rows();
                    sent++;
                    Response r = as(attacker).body(Api.json(example)).request(method.toUpperCase(), path);
                    notFound += r.statusCode() == 404 ? 1 : 0;
                    if (!List.of(400, 403, 404, 415)
                            .contains(r.statusCode())) { // 400/403/415: refused before any lookup
                        failures.add(
                                r.statusCode() + " for another tree: " + method + " " + template + " " + r.asString());
                    }
                    check(failures, method, path + " as another tree's user", r, before);
                }
            }
        }
        System.out.println(
                "contract fuzzing, another tree's ids: " + sent + " requests, " + notFound + " answered 404");
        assertTrue(sent > 40, "sent " + sent);
        assertTrue(
                notFound > sent / 2,
                "most requests must reach the lookup and be refused there: " + notFound + " of " + sent);
        assertEquals(List.of(), failures);
    }

    /** A complete body from the contract's examples: what a well-behaved client would send. */
    @SuppressWarnings("unchecked")
    static Object example(Map<String, Object> schema, Map<String, Object> schemas) {
        if (schema == null) {
            return null;
        }
        if (schema.get("examples") instanceof List<?> examples && !examples.isEmpty()) {
            return examples.get(0);
        }
        if (schema.containsKey("example")) {
            return schema.get("example");
        }
        Object ref = schema.get("$ref");
        if (ref != null) {
            return example(
                    (Map<String, Object>) schemas.get(((String) ref).substring("#/components/schemas/".length())),
                    schemas);
        }
        if (schema.get("properties") instanceof Map<?, ?> props) {
            Map<String, Object> out = new LinkedHashMap<>();
            props.forEach((k, v) -> {
                Object value = example((Map<String, Object>) v, schemas);
                if (value != null) {
                    out.put((String) k, value);
                }
            });
            return out;
        }
        if ("array".equals(schema.get("type"))) {
            Object item = example((Map<String, Object>) schema.get("items"), schemas);
            return item == null ? List.of() : List.of(item);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static List<String> requiredOf(Map<String, Object> schema, Map<String, Object> schemas) {
        Object ref = schema.get("$ref");
        if (ref != null) {
            schema = (Map<String, Object>) schemas.get(((String) ref).substring("#/components/schemas/".length()));
        }
        return schema.get("required") instanceof List<?> required ? (List<String>) required : List.of();
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
