package vn.tiendo.organization;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.as;
import static vn.tiendo.support.Api.org;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OrganizationTreeTest {

    @Test
    void searchIgnoresCaseAndDiacritics() {
        String p = Api.unique("S");
        Map<String, Long> ids = Api.importTree(List.of(
                org(p + "-R", "Tỉnh ủy Quảng Nam", null, "tinh", 0),
                org(p + "-TK", "Thành ủy Tam Kỳ", p + "-R", "huyen", 0),
                org(p + "-DB", "Đảng bộ Điện Bàn", p + "-R", "huyen", 0)));
        String dept = Api.user("s", ids.get(p + "-R"), "DEPARTMENT");
        as(dept).get("/api/v1/organizations?q=tam ky")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].name", equalTo("Thành ủy Tam Kỳ"));
        as(dept).get("/api/v1/organizations?q=TAM KỲ").then().body("total", equalTo(1));
        as(dept).get("/api/v1/organizations?q=dang bo dien ban").then().body("total", equalTo(1));
        as(dept).get("/api/v1/organizations?q=" + p.toLowerCase() + "-tk")
                .then()
                .body("total", equalTo(1));
        as(dept).get("/api/v1/organizations?q=100%").then().statusCode(200).body("total", equalTo(0));
        as(dept).get("/api/v1/organizations?levelCode=huyen").then().body("total", equalTo(2));
    }

    @Test
    void moveRewritesTheSubtreeAndRefusesCycles() {
        String p = Api.unique("MV");
        Map<String, Long> ids = Api.importTree(List.of(
                org(p + "-R", "Gốc", null, "tinh", 0),
                org(p + "-A", "A", p + "-R", "huyen", 0),
                org(p + "-B", "B", p + "-R", "huyen", 0),
                org(p + "-A1", "A1", p + "-A", "co-so", 7)));
        long a = ids.get(p + "-A");
        String etag = admin().get("/api/v1/organizations/" + a).then().extract().header("ETag");
        Map<String, Object> body = new HashMap<>(
                Map.of("code", p + "-A", "name", "A", "parentId", ids.get(p + "-B"), "levelCode", "huyen"));
        admin().header("If-Match", "\"99\"")
                .body(body)
                .put("/api/v1/organizations/" + a)
                .then()
                .statusCode(412);
        admin().header("If-Match", etag)
                .body(body)
                .put("/api/v1/organizations/" + a)
                .then()
                .statusCode(200)
                .body("parentId", equalTo(ids.get(p + "-B").intValue()));
        String deptB = Api.user("mvb", ids.get(p + "-B"), "DEPARTMENT");
        as(deptB)
                .get("/api/v1/organizations/" + ids.get(p + "-A1"))
                .then()
                .statusCode(200)
                .body("memberCount", equalTo(7));
        body.put("parentId", ids.get(p + "-A1"));
        admin().body(body)
                .put("/api/v1/organizations/" + a)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parentId"));
        body.put("parentId", a);
        admin().body(body).put("/api/v1/organizations/" + a).then().statusCode(422);
        body.put("code", "OTHER");
        body.put("parentId", ids.get(p + "-B"));
        admin().body(body)
                .put("/api/v1/organizations/" + a)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void deactivateKeepsHistoryAndExemptsOpenWork() {
        String p = Api.unique("DE");
        Map<String, Long> ids = Api.importTree(List.of(
                org(p + "-R", "Gốc", null, "tinh", 0),
                org(p + "-H", "Huyện", p + "-R", "huyen", 0),
                org(p + "-X", "Xã", p + "-H", "co-so", 5)));
        String dept = Api.user("de", ids.get(p + "-R"), "DEPARTMENT");
        long plan = publish(dept, "co-so");
        as(dept).delete("/api/v1/organizations/" + ids.get(p + "-H"))
                .then()
                .statusCode(409); // still has an active child
        as(dept).delete("/api/v1/organizations/" + ids.get(p + "-X"))
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        as(dept).get("/api/v1/organizations/" + ids.get(p + "-X"))
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        as(dept).get("/api/v1/organizations?parentId=" + ids.get(p + "-H"))
                .then()
                .body("total", equalTo(0));
        as(dept).get("/api/v1/organizations?includeInactive=true&parentId=" + ids.get(p + "-H"))
                .then()
                .body("total", equalTo(1));
        as(dept).get("/api/v1/plans/" + plan + "/assignments")
                .then()
                .body("items[0].status", equalTo("EXEMPT"))
                .body("items[0].exemptReason", equalTo("Tổ chức ngừng hoạt động"));
    }

    @Test
    void anOrganisationAddedLaterGetsTheOpenPlansAssignments() {
        String p = Api.unique("LT");
        Map<String, Long> ids = Api.importTree(
                List.of(org(p + "-R", "Gốc", null, "tinh", 0), org(p + "-H", "Huyện", p + "-R", "huyen", 0)));
        String dept = Api.user("lt", ids.get(p + "-R"), "DEPARTMENT");
        long plan = publish(dept, "co-so");
        as(dept).get("/api/v1/plans/" + plan + "/assignments").then().body("total", equalTo(0));
        Number x = as(dept).body(Map.of(
                        "code",
                        p + "-X",
                        "name",
                        "Xã mới",
                        "parentId",
                        ids.get(p + "-H"),
                        "levelCode",
                        "co-so",
                        "memberCount",
                        9))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(dept).get("/api/v1/plans/" + plan + "/assignments")
                .then()
                .body("total", equalTo(1))
                .body("items[0].orgId", equalTo(x.intValue()));
        // and one imported later too
        admin().contentType("text/csv; charset=UTF-8")
                .body("code,name,parentCode,levelCode,memberCount\n" + p + "-Y,Xã nhập," + p + "-H,co-so,3\n")
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200);
        as(dept).get("/api/v1/plans/" + plan + "/assignments").then().body("total", equalTo(2));
        // an organisation outside the issuer's subtree is not touched
        as(dept).get("/api/v1/plans/" + plan + "/assignments").then().body("items.orgCode", not(hasItem("ANY-OTHER")));
    }

    static long publish(String dept, String level) {
        Map<String, Object> plan = Map.of(
                "number",
                "09-KH",
                "title",
                "Kế hoạch thử",
                "tiers",
                List.of(Map.of(
                        "name",
                        "Cấp cơ sở",
                        "levelCodes",
                        List.of(level),
                        "deadline",
                        LocalDate.now(AppClock.ZONE).plusDays(9).toString())));
        Number id = as(dept).body(plan)
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(dept).post("/api/v1/plans/" + id + "/publish").then().statusCode(200);
        return id.longValue();
    }
}
