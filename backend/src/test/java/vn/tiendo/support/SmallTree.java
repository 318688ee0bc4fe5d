package vn.tiendo.support;

import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.as;
import static vn.tiendo.support.Api.org;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small tree of its own for the follow-up tests, with a published plan:
 * ROOT (tỉnh) → H (huyện) → C1, C2 (cơ sở); C1 → CB (chi bộ). Tier "Chi bộ" targets CB, tier "Cấp cơ sở" C1 and C2.
 * Every organisation below ROOT has a mailbox; OTHER is an unrelated root with its own users, for scope checks.
 */
public final class SmallTree {
    public final String prefix = Api.unique("F");
    public final Map<String, Long> ids;
    public final Map<String, String> users = new HashMap<>();
    public final Map<String, Long> assignmentOf = new HashMap<>();
    public long planId;
    public final String planNumber;

    public SmallTree(LocalDate issuedOn, LocalDate chiBoDeadline, LocalDate coSoDeadline) {
        planNumber = prefix + "-KH/TU";
        ids = Api.importTree(List.of(
                org(code("ROOT"), "Tỉnh ủy Thử nghiệm " + prefix, null, "tinh", 1000),
                org(code("H"), "Thành ủy Tam Kỳ", code("ROOT"), "huyen", 100),
                org(code("C1"), "Đảng ủy phường An Mỹ", code("H"), "co-so", 30),
                org(code("C2"), "Đảng ủy phường Hòa Hương", code("H"), "co-so", 20),
                org(code("CB"), "Chi bộ khối phố 3", code("C1"), "chi-bo", 12),
                org(code("OTHER"), "Tỉnh ủy Khác " + prefix, null, "tinh", 500)));
        setContact("H", "ROOT", "huyen", 100, "Trần Văn Huyện");
        setContact("C1", "H", "co-so", 30, "Lê Thị Mỹ");
        setContact("C2", "H", "co-so", 20, "Phạm Văn Hương");
        setContact("CB", "C1", "chi-bo", 12, "Nguyễn Văn Ba");
        users.put("deptRoot", Api.user("dept-root", ids.get(code("ROOT")), "DEPARTMENT"));
        users.put("deptH", Api.user("dept-h", ids.get(code("H")), "DEPARTMENT"));
        users.put("deptC1", Api.user("dept-c1", ids.get(code("C1")), "DEPARTMENT"));
        users.put("repC1", Api.user("rep-c1", ids.get(code("C1")), "REPORTER"));
        users.put("repC2", Api.user("rep-c2", ids.get(code("C2")), "REPORTER"));
        users.put("repCB", Api.user("rep-cb", ids.get(code("CB")), "REPORTER"));
        users.put("viewerH", Api.user("viewer-h", ids.get(code("H")), "VIEWER"));
        users.put("deptOther", Api.user("dept-other", ids.get(code("OTHER")), "DEPARTMENT"));
        users.put("repOther", Api.user("rep-other", ids.get(code("OTHER")), "REPORTER"));

        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("number", planNumber);
        plan.put("title", "Học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII");
        plan.put("resolution", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII, nhiệm kỳ 2020-2025");
        plan.put("issuedOn", issuedOn.toString());
        plan.put("tiers", List.of(tier("Chi bộ", "chi-bo", chiBoDeadline), tier("Cấp cơ sở", "co-so", coSoDeadline)));
        Number id = as(users.get("deptRoot"))
                .body(plan)
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        planId = id.longValue();
        as(users.get("deptRoot"))
                .post("/api/v1/plans/" + planId + "/publish")
                .then()
                .statusCode(200);
        List<Map<String, Object>> items = as(users.get("deptRoot"))
                .get("/api/v1/plans/" + planId + "/assignments?size=100")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        for (Map<String, Object> a : items) {
            assignmentOf.put(
                    ((String) a.get("orgCode")).substring(prefix.length() + 1), ((Number) a.get("id")).longValue());
        }
    }

    public String code(String key) {
        return prefix + "-" + key;
    }

    public long id(String key) {
        return ids.get(code(key));
    }

    public String email(String key) {
        return code(key).toLowerCase() + "@test.dcs.vn";
    }

    public String user(String key) {
        return users.get(key);
    }

    private void setContact(String key, String parentKey, String level, int members, String secretary) {
        Map<String, Object> body = new HashMap<>();
        body.put(
                "name",
                admin().get("/api/v1/organizations/" + id(key)).then().extract().path("name"));
        body.put("parentId", id(parentKey));
        body.put("levelCode", level);
        body.put("memberCount", members);
        body.put("secretaryName", secretary);
        body.put("phone", "0235 381 2345");
        body.put("email", email(key));
        admin().body(body).put("/api/v1/organizations/" + id(key)).then().statusCode(200);
    }

    private static Map<String, Object> tier(String name, String level, LocalDate deadline) {
        Map<String, Object> t = new HashMap<>();
        t.put("name", name);
        t.put("levelCodes", List.of(level));
        t.put("deadline", deadline.toString());
        t.put("durationDays", 0.5);
        t.put("presenter", "Bí thư");
        return t;
    }

    /** A completion report body. */
    public static Map<String, Object> report(LocalDate heldOn, int attendees, int writeUps, boolean actionProgramme) {
        Map<String, Object> r = new HashMap<>();
        r.put("heldOn", heldOn.toString());
        r.put("attendees", attendees);
        r.put("writeUps", writeUps);
        r.put("actionProgrammeAdopted", actionProgramme);
        return r;
    }
}
