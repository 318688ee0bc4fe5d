package vn.tiendo.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.tiendo.support.Api.admin;
import static vn.tiendo.support.Api.as;
import static vn.tiendo.support.Api.org;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PlanParseResourceTest {

    static String sample(String name) throws Exception {
        try (InputStream in = PlanParseResourceTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pastedTextBecomesADraftThatPostsBack() throws Exception {
        String text = sample("tam-ky-plan-2020.txt");
        Map<String, Object> draft = admin().contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/plans/parse")
                .then()
                .statusCode(200)
                .body("tiers.size()", equalTo(3))
                .body("tiers[0].deadline", equalTo("2020-10-31"))
                .body("tiers[0].durationDays", equalTo(0.5))
                .body("tiers[2].activity", equalTo("PROPAGANDA"))
                .body("resolution", equalTo("Nghị quyết số 01-NQ/ĐH ngày 25/7/2020"))
                .body("spans.keySet()", hasItem("tiers[0].deadline"))
                .body("sourceText", equalTo(text))
                .extract()
                .as(Map.class);
        // the same draft, with the reader's extras removed and a number filled in, is a valid plan
        String p = Api.unique("PP");
        Map<String, Long> ids = Api.importTree(List.of(org(p, "Thành ủy Tam Kỳ", null, "huyen", 0)));
        draft.remove("spans");
        draft.remove("warnings");
        draft.remove("sourceText");
        draft.remove("fieldWarnings");
        draft.remove("issuerName");
        draft.put("number", "01-KH/TU");
        draft.put("issuerOrgId", ids.get(p));
        admin().body(draft)
                .post("/api/v1/plans")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("tiers.size()", equalTo(3));
    }

    @Test
    void aDocxUploadIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Kế hoạch số 171- KH/TU ngày 01/8/2019");
            doc.createParagraph()
                    .createRun()
                    .setText("- Cấp huyện và tương đương: 01 ngày, hoàn thành trước ngày 25/9/2019.");
            doc.write(out);
        }
        admin().contentType("multipart/form-data")
                .multiPart(
                        "file",
                        "ke-hoach.docx",
                        out.toByteArray(),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .post("/api/v1/plans/parse")
                .then()
                .statusCode(200)
                .body("number", equalTo("171-KH/TU"))
                .body("issuedOn", equalTo("2019-08-01"))
                .body("tiers[0].levelCodes", equalTo(List.of("huyen")))
                .body("tiers[0].deadline", equalTo("2019-09-25"));
        admin().contentType("multipart/form-data")
                .multiPart("file", "x.docx", "not a docx".getBytes(), "application/octet-stream")
                .post("/api/v1/plans/parse")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void textWithNoPlanGivesAnEmptyDraftAndAWarning() {
        admin().contentType("text/plain; charset=UTF-8")
                .body("Hôm nay trời đẹp.")
                .post("/api/v1/plans/parse")
                .then()
                .statusCode(200)
                .body("tiers", empty())
                .body("warnings", not(empty()));
        admin().contentType("text/plain; charset=UTF-8")
                .body("")
                .post("/api/v1/plans/parse")
                .then()
                .statusCode(200);
    }

    /** The issuer named in the text is looked up in the caller's subtree; elsewhere it is only warned. */
    @Test
    void theIssuerComesFromTheTextWhenTheCallerSeesIt() {
        String p = Api.unique("PI");
        String place = p.replace("-", "");
        Map<String, Long> ids = Api.importTree(List.of(org(p, "Huyện ủy Bình Sơn " + place, null, "huyen", 0)));
        String text =
                "HUYỆN ỦY BÌNH SƠN " + place + "\nSố 45-KH/HU\nCấp huyện: 01 ngày, hoàn thành trước ngày 10/4/2021.";
        admin().contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/plans/parse")
                .then()
                .statusCode(200)
                .body("issuerOrgId", equalTo(ids.get(p).intValue()))
                .body("issuerName", equalTo("HUYỆN ỦY BÌNH SƠN " + place))
                .body("spans.issuerOrgId.start", equalTo(0))
                .body("tiers[0].levelCodes", equalTo(List.of("huyen")));
        String other = Api.unique("PJ");
        Map<String, Long> otherIds = Api.importTree(List.of(org(other, "Tỉnh ủy khác " + other, null, "tinh", 0)));
        as(Api.user("pj" + other.toLowerCase(), otherIds.get(other), "DEPARTMENT"))
                .contentType("text/plain; charset=UTF-8")
                .body(text)
                .post("/api/v1/plans/parse")
                .then()
                .statusCode(200)
                .body("issuerOrgId", equalTo(null))
                .body(
                        "fieldWarnings.issuerOrgId[0]",
                        org.hamcrest.Matchers.containsString("không có tổ chức nào tên như vậy"));
    }

    /** The documented limit: 200,000 characters, 413 naming the field above it, nothing read. */
    @Test
    void textLongerThanTheLimitIsRefused() {
        String tier = "Cấp tỉnh: 01 ngày, hoàn thành trước ngày 31/12/2020.\n";
        admin().contentType("text/plain; charset=UTF-8")
                .body("x".repeat(200_000 - tier.length()) + tier)
                .post("/api/v1/plans/parse")
                .then()
                .statusCode(200);
        admin().contentType("text/plain; charset=UTF-8")
                .body("\n".repeat(200_001))
                .post("/api/v1/plans/parse")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void onlyPlanAuthorsMayParse() {
        given().contentType("text/plain")
                .body("x")
                .post("/api/v1/plans/parse")
                .then()
                .statusCode(401);
        String p = Api.unique("PQ");
        Map<String, Long> ids = Api.importTree(List.of(org(p, "Chi bộ", null, "chi-bo", 0)));
        as(Api.user("pq", ids.get(p), "REPORTER"))
                .contentType("text/plain")
                .body("x")
                .post("/api/v1/plans/parse")
                .then()
                .statusCode(403);
    }
}
