package vn.tiendo.organization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.tiendo.support.Api.admin;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

/** CSV / JSON import: upsert by code, parents later in the file, all or nothing, every bad line reported. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OrganizationImportTest {

    static String csv(String p) {
        return "code,name,parentCode,levelCode,memberCount\n"
                + p + "-C1,Chi bộ 1,\"" + p + "-X\",chi-bo,12\n" // parent comes later in the file
                + p + "-ROOT,\"Tỉnh ủy \"\"Thử\"\"\",,tinh,0\n"
                + p + "-X,Đảng ủy xã Tam Xuân,\"" + p + "-ROOT\",co-so,140\n";
    }

    static long count(String q) {
        return ((Number) admin().get("/api/v1/organizations?q=" + q + "&includeInactive=true")
                        .then()
                        .extract()
                        .path("total"))
                .longValue();
    }

    @Test
    void csvCreatesThenReimportIsUnchanged() {
        String p = Api.unique("IMP");
        String body = csv(p);
        admin().contentType("text/csv; charset=UTF-8")
                .body(body)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(3))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(0));
        admin().contentType("text/csv; charset=UTF-8")
                .body(body)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(3));
        admin().get("/api/v1/organizations?q=" + p + "-ROOT")
                .then()
                .body("items[0].name", equalTo("Tỉnh ủy \"Thử\""))
                .body("items[0].childCount", equalTo(1));
        Number x = admin().get("/api/v1/organizations?q=" + p + "-X")
                .then()
                .extract()
                .path("items[0].id");
        admin().get("/api/v1/organizations/" + x + "/children")
                .then()
                .body("total", equalTo(1))
                .body("items[0].code", equalTo(p + "-C1"))
                .body("items[0].memberCount", equalTo(12));
        // every created organisation has its IMPORT audit row (written set-based) with the after-image
        Number root = admin().get("/api/v1/organizations?q=" + p + "-ROOT")
                .then()
                .extract()
                .path("items[0].id");
        Number c1 = admin().get("/api/v1/organizations/" + x + "/children")
                .then()
                .extract()
                .path("items[0].id");
        admin().get("/api/v1/audit?entityType=ORGANIZATION&entityId=" + c1)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("IMPORT"))
                .body("items[0].actorUsername", equalTo("admin"))
                .body("items[0].orgId", equalTo(c1.intValue()))
                .body("items[0].before", equalTo(null))
                .body("items[0].after.id", equalTo(c1.intValue()))
                .body("items[0].after.code", equalTo(p + "-C1"))
                .body("items[0].after.name", equalTo("Chi bộ 1"))
                .body("items[0].after.parentId", equalTo(x.intValue()))
                .body("items[0].after.levelCode", equalTo("chi-bo"))
                .body("items[0].after.memberCount", equalTo(12))
                .body("items[0].after.active", equalTo(true))
                .body("items[0].after.path", equalTo("/" + root + "/" + x + "/" + c1 + "/"));

        // a changed line updates, an added line creates
        String changed = body.replace("Chi bộ 1", "Chi bộ thôn 1") + p + "-C2,Chi bộ 2," + p + "-X,chi-bo,9\n";
        admin().contentType("text/csv; charset=UTF-8")
                .body(changed)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(2));
    }

    @Test
    void everyBadLineIsListedAndNothingChanges() {
        String p = Api.unique("BAD");
        String body = "code,name,parentCode,levelCode,memberCount\n"
                + p + "-OK,Tổ chức tốt,,tinh,5\n" // line 2: fine
                + p + "-A,,," + "huyen,3\n" // line 3: no name
                + p + "-B,Tên,NOPE-" + p + ",huyen,3\n" // line 4: unknown parent
                + p + "-C,Tên,,khong-co,3\n" // line 5: unknown level
                + p + "-D,Tên,,tinh,-4\n" // line 6: negative members
                + p + "-E,Tên,,tinh,abc\n" // line 7: text for a number
                + p + "-OK,Trùng mã,,tinh,1\n"; // line 8: duplicate code
        admin().contentType("text/csv; charset=UTF-8")
                .body(body)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("line 3", "line 4", "line 5", "line 6", "line 7", "line 8")))
                .body("errors[1].message", containsString("NOPE-" + p))
                .body("errors[4].message", containsString("abc"))
                .body("errors[5].message", containsString("line 2"));
        org.junit.jupiter.api.Assertions.assertEquals(0, count(p), "a rejected import stores nothing");
    }

    @Test
    void cyclesInTheFileAreRefused() {
        String p = Api.unique("CYC");
        String body = "code,name,parentCode,levelCode,memberCount\n" + p + "-A,A," + p + "-B,co-so,1\n" + p + "-B,B,"
                + p + "-A,co-so,1\n";
        admin().contentType("text/csv; charset=UTF-8")
                .body(body)
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString("vòng lặp"));
        org.junit.jupiter.api.Assertions.assertEquals(0, count(p));
    }

    @Test
    void reimportWithANewParentMovesTheSubtree() {
        String p = Api.unique("MOV");
        Api.importTree(List.of(
                Api.org(p + "-R", "Gốc", null, "tinh", 0),
                Api.org(p + "-H1", "Huyện 1", p + "-R", "huyen", 0),
                Api.org(p + "-H2", "Huyện 2", p + "-R", "huyen", 0),
                Api.org(p + "-X", "Xã", p + "-H1", "co-so", 0),
                Api.org(p + "-CB", "Chi bộ", p + "-X", "chi-bo", 0)));
        admin().body(List.of(Map.of(
                        "code",
                        p + "-X",
                        "name",
                        "Xã",
                        "parentCode",
                        p + "-H2",
                        "levelCode",
                        "co-so",
                        "memberCount",
                        0)))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(200)
                .body("updated", equalTo(1));
        Number h2 = admin().get("/api/v1/organizations?q=" + p + "-H2")
                .then()
                .extract()
                .path("items[0].id");
        // the grandchild moved with it: it is now found under H2's subtree
        admin().get("/api/v1/organizations?parentId=" + h2).then().body("items.code", hasItems(p + "-X"));
        String cbDept = Api.user("cbdept", h2.longValue(), "DEPARTMENT");
        Api.as(cbDept).get("/api/v1/organizations?q=" + p + "-CB").then().body("total", equalTo(1));
        // moving X under its own chi bộ is a cycle
        admin().body(List.of(Map.of(
                        "code",
                        p + "-X",
                        "name",
                        "Xã",
                        "parentCode",
                        p + "-CB",
                        "levelCode",
                        "co-so",
                        "memberCount",
                        0)))
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(422)
                .body("errors[0].message", containsString("vòng lặp"));
    }

    @Test
    void jsonImportRejectsUnknownFieldsAndMalformedBodies() {
        admin().body("[{\"code\":\"Z1\",\"name\":\"n\",\"levelCode\":\"tinh\",\"secret\":1}]")
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("items[0].secret"));
        admin().body("[{\"code\":").post("/api/v1/organizations/import").then().statusCode(400);
        admin().contentType(ContentType.TEXT)
                .body("x")
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(415);
        admin().contentType("text/csv; charset=UTF-8")
                .body("name,code\nA,B\n")
                .post("/api/v1/organizations/import")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("line 1"));
    }
}
