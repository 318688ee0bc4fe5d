package vn.tiendo.session;

import static org.hamcrest.Matchers.equalTo;
import static vn.tiendo.support.Api.as;
import static vn.tiendo.support.Api.org;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/** A district's conference with its communes as online bridge points (điểm cầu): holding it holds them. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class BridgeSessionTest {

    @Test
    void holdingTheHostSessionHoldsItsBridgePoints() {
        String p = Api.unique("BR");
        Map<String, Long> ids = Api.importTree(List.of(
                org(p + "-H", "Huyện ủy", null, "huyen", 50),
                org(p + "-X1", "Xã 1", p + "-H", "co-so", 30),
                org(p + "-X2", "Xã 2", p + "-H", "co-so", 20),
                org(p + "-Y", "Huyện khác", null, "huyen", 10)));
        String dept = Api.user("brd", ids.get(p + "-H"), "DEPARTMENT");
        String x1 = Api.user("brx1", ids.get(p + "-X1"), "REPORTER");
        String x2 = Api.user("brx2", ids.get(p + "-X2"), "REPORTER");
        Map<String, Object> plan = Map.of(
                "number",
                "05-KH/HU",
                "title",
                "Hội nghị trực tuyến",
                "tiers",
                List.of(
                        Map.of(
                                "name",
                                "Cấp huyện",
                                "levelCodes",
                                List.of("huyen"),
                                "deadline",
                                LocalDate.now(AppClock.ZONE).plusDays(3).toString(),
                                "format",
                                "HYBRID"),
                        Map.of(
                                "name",
                                "Cấp cơ sở",
                                "levelCodes",
                                List.of("co-so"),
                                "deadline",
                                LocalDate.now(AppClock.ZONE).plusDays(3).toString(),
                                "format",
                                "ONLINE")));
        Number planId = as(dept).body(plan)
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(dept).post("/api/v1/plans/" + planId + "/publish")
                .then()
                .statusCode(200)
                .body("assignmentsCreated", equalTo(3));
        Map<String, Number> assignment = new java.util.HashMap<>();
        List<Map<String, Object>> items = as(dept).get("/api/v1/plans/" + planId + "/assignments")
                .then()
                .extract()
                .path("items");
        items.forEach(a -> assignment.put((String) a.get("orgCode"), (Number) a.get("id")));

        String startsAt =
                OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2).toString();
        Number host = as(dept).body(Map.of("startsAt", startsAt, "venue", "Hội trường Huyện ủy", "format", "HYBRID"))
                .post("/api/v1/assignments/" + assignment.get(p + "-H") + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(x1).body(Map.of("startsAt", startsAt, "hostSessionId", host))
                .post("/api/v1/assignments/" + assignment.get(p + "-X1") + "/sessions")
                .then()
                .statusCode(201)
                .body("format", equalTo("ONLINE"))
                .body("hostSessionId", equalTo(host.intValue()))
                .body("expectedAttendees", equalTo(30));
        as(x1).get("/api/v1/assignments/" + assignment.get(p + "-X1")).then().body("status", equalTo("SCHEDULED"));

        // a session of an organisation that is not above it cannot host it
        as(dept).body(Map.of("startsAt", startsAt))
                .post("/api/v1/assignments/" + assignment.get(p + "-X2") + "/sessions")
                .then()
                .statusCode(403);
        Number other = as(x2).body(Map.of("startsAt", startsAt))
                .post("/api/v1/assignments/" + assignment.get(p + "-X2") + "/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(x1).body(Map.of("startsAt", startsAt, "hostSessionId", other))
                .post("/api/v1/assignments/" + assignment.get(p + "-X1") + "/sessions")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("hostSessionId"));

        as(dept).body(Map.of("status", "HELD"))
                .patch("/api/v1/sessions/" + host)
                .then()
                .statusCode(200)
                .body("status", equalTo("HELD"))
                .body("bridgePoints", equalTo(1));
        as(x1).get("/api/v1/assignments/" + assignment.get(p + "-X1")).then().body("status", equalTo("HELD"));
        as(dept).get("/api/v1/assignments/" + assignment.get(p + "-H")).then().body("status", equalTo("HELD"));
        as(dept).body(Map.of("status", "CANCELLED"))
                .patch("/api/v1/sessions/" + host)
                .then()
                .statusCode(409);
        as(dept).get("/api/v1/sessions?orgId=" + ids.get(p + "-H"))
                .then()
                .statusCode(200)
                .body("total", equalTo(3));
        as(x1).get("/api/v1/sessions").then().statusCode(200).body("total", equalTo(1));

        // cancelling the only session returns the assignment to PENDING
        as(x2).body(Map.of("status", "CANCELLED"))
                .patch("/api/v1/sessions/" + other)
                .then()
                .statusCode(200);
        as(dept).get("/api/v1/assignments/" + assignment.get(p + "-X2")).then().body("status", equalTo("PENDING"));
    }
}
