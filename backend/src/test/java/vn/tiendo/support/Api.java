package vn.tiendo.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** Test helpers over HTTP: log in, build a small tree with its own codes, create users. */
public final class Api {
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "mat-khau-thu-nghiem";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final AtomicInteger SEQ = new AtomicInteger();
    /** Rates are compared at full precision: fractions come back as doubles, not floats. */
    public static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private Api() {}

    /** A prefix no other test uses, so tests sharing one database never collide. */
    public static String unique(String base) {
        return base + "-" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
    }

    public static String token(String username, String password) {
        return TOKENS.computeIfAbsent(username + ":" + password, k -> given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken"));
    }

    public static RequestSpecification as(String username) {
        String password = username.equals("admin") ? ADMIN_PASSWORD : PASSWORD;
        return given().config(EXACT_NUMBERS)
                .auth()
                .oauth2(token(username, password))
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification admin() {
        return as("admin");
    }

    /** Imports rows {code, name, parentCode, levelCode, memberCount} as the system admin; answers code → id. */
    public static Map<String, Long> importTree(List<Map<String, Object>> rows) {
        admin().body(rows).post("/api/v1/organizations/import").then().statusCode(200);
        Map<String, Long> ids = new ConcurrentHashMap<>();
        for (Map<String, Object> r : rows) {
            String code = (String) r.get("code");
            Number id = admin().get("/api/v1/organizations?q=" + code)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items[0].id");
            ids.put(code, id.longValue());
        }
        return ids;
    }

    public static Map<String, Object> org(String code, String name, String parentCode, String level, int members) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("parentCode", parentCode);
        m.put("levelCode", level);
        m.put("memberCount", members);
        return m;
    }

    /** Creates a user (as admin) and answers its username. */
    public static String user(String base, long orgId, String... roles) {
        String username = unique(base).toLowerCase();
        admin().body(Map.of(
                        "username",
                        username,
                        "password",
                        PASSWORD,
                        "fullName",
                        "Người dùng " + base,
                        "orgId",
                        orgId,
                        "roles",
                        List.of(roles)))
                .post("/api/v1/users")
                .then()
                .statusCode(201);
        return username;
    }

    /** A body as JSON text (RestAssured would otherwise pick the serialisation). */
    public static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
