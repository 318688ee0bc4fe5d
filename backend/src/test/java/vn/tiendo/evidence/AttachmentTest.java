package vn.tiendo.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static vn.tiendo.support.Api.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.Api;
import vn.tiendo.support.EmbeddedPostgresResource;
import vn.tiendo.support.SmallTree;

/** Evidence on reports: accepted by content not name, size and count limits, kept across a return and resubmission, scoped. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AttachmentTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);
    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};

    /** A multipart body as a browser sends it: the file name in UTF-8. */
    static Response upload(String user, long reportId, String name, byte[] content, String declaredType) {
        return given().auth()
                .oauth2(Api.token(user, Api.PASSWORD))
                .contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(multipart("file", name, content, declaredType))
                .post("/api/v1/reports/" + reportId + "/attachments");
    }

    static final String BOUNDARY = "----tiendo-test-boundary";

    static byte[] multipart(String part, String name, byte[] content, String type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                        + name + "\"\r\n" + "Content-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A photo queued on a phone is sent again after a lost answer with the same Idempotency-Key: it is kept once. */
    @Test
    void aRetriedUploadWithTheSameKeyIsKeptOnce() {
        SmallTree t = new SmallTree(TODAY.minusDays(30), TODAY.plusDays(5), TODAY.plusDays(5));
        String rep = t.user("repCB");
        long cb = t.assignmentOf.get("CB");
        long report = ((Number) as(rep).body(SmallTree.report(TODAY, 10, 8, true))
                        .post("/api/v1/assignments/" + cb + "/reports")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        java.util.function.BiFunction<String, byte[], Response> send = (key, content) -> given().auth()
                .oauth2(Api.token(rep, Api.PASSWORD))
                .header("Idempotency-Key", key)
                .contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(multipart("file", "danh-sach-ky-ten.jpg", content, "image/jpeg"))
                .post("/api/v1/reports/" + report + "/attachments");

        int first = send.apply("phone-photo-1", JPEG)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        send.apply("phone-photo-1", JPEG)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(first));
        as(rep).get("/api/v1/reports/" + report + "/attachments")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1));
        // the same key with another file is a mistake, not a retry
        send.apply("phone-photo-1", PNG).then().statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
        // another key is another photo
        send.apply("phone-photo-2", JPEG).then().statusCode(201);
        as(rep).get("/api/v1/reports/" + report + "/attachments").then().body("size()", equalTo(2));
    }

    @Test
    void evidenceIsCheckedByContentLimitedAndKeptAcrossResubmission() throws Exception {
        SmallTree t = new SmallTree(TODAY.minusDays(30), TODAY.plusDays(5), TODAY.plusDays(5));
        String rep = t.user("repCB");
        long cb = t.assignmentOf.get("CB");
        long v1 = ((Number) as(rep).body(SmallTree.report(TODAY, 10, 8, true))
                        .post("/api/v1/assignments/" + cb + "/reports")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();

        // type by content: a text file called .pdf, a plain zip, a docx named .xlsx
        upload(rep, v1, "bien-ban.pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .then()
                .statusCode(415)
                .body("status", equalTo(415))
                .body("errors[0].field", equalTo("file"));
        upload(
                        rep,
                        v1,
                        "so-lieu.xlsx",
                        zip("data.txt"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .then()
                .statusCode(415);
        upload(rep, v1, "trong.pdf", new byte[0], "application/pdf").then().statusCode(422);
        given().auth()
                .oauth2(Api.token(rep, Api.PASSWORD))
                .contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(multipart("other", "x.pdf", PDF, "application/pdf"))
                .post("/api/v1/reports/" + v1 + "/attachments")
                .then()
                .statusCode(400);

        int pdfId = upload(rep, v1, "Biên bản hội nghị.pdf", PDF, "application/octet-stream")
                .then()
                .statusCode(201)
                .body("contentType", equalTo("application/pdf"))
                .body("fileName", equalTo("Biên bản hội nghị.pdf"))
                .body("size", equalTo(PDF.length))
                .body("reportVersion", equalTo(1))
                .body("carriedForward", equalTo(false))
                .extract()
                .path("id");
        upload(rep, v1, "anh.png", PNG, "image/png").then().statusCode(201).body("contentType", equalTo("image/png"));
        upload(rep, v1, "anh", JPEG, "text/plain")
                .then()
                .statusCode(201)
                .body("contentType", equalTo("image/jpeg"))
                .body("fileName", equalTo("anh.jpg"));
        upload(rep, v1, "danh-sach.xlsx", docx(), "application/vnd.ms-excel")
                .then()
                .statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body("fileName", equalTo("danh-sach.xlsx.docx"));
        upload(rep, v1, "C:\\Users\\bi-thu\\so-lieu.xlsx", xlsx(), "application/octet-stream")
                .then()
                .statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body("fileName", equalTo("so-lieu.xlsx"));
        upload(rep, v1, "thu-sau.pdf", PDF, "application/pdf")
                .then()
                .statusCode(422)
                .body("detail", containsString("tối đa 5"));

        // size: over 10 MB
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        upload(rep, v1, "lon.pdf", big, "application/pdf")
                .then()
                .statusCode(413)
                .body("status", equalTo(413));

        as(rep).get("/api/v1/reports/" + v1 + "/attachments")
                .then()
                .statusCode(200)
                .body("size()", equalTo(5));
        byte[] back = given().auth()
                .oauth2(Api.token(rep, Api.PASSWORD))
                .get("/api/v1/reports/" + v1 + "/attachments/" + pdfId)
                .then()
                .statusCode(200)
                .header("Content-Type", equalTo("application/pdf"))
                .header(
                        "Content-Disposition",
                        equalTo(
                                "attachment; filename=\"Bi_n_b_n_h_i_ngh_.pdf\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%99i%20ngh%E1%BB%8B.pdf"))
                .extract()
                .asByteArray();
        assertArrayEquals(PDF, back);

        // returned and resubmitted: the new version lists the earlier evidence, and takes five of its own
        as(t.user("deptRoot"))
                .body(Map.of("decision", "RETURN", "comment", "Bổ sung danh sách"))
                .post("/api/v1/reports/" + v1 + "/review")
                .then()
                .statusCode(200);
        upload(rep, v1, "muon.pdf", PDF, "application/pdf").then().statusCode(409);
        long v2 = ((Number) as(rep).body(SmallTree.report(TODAY, 11, 9, true))
                        .post("/api/v1/assignments/" + cb + "/reports")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        as(rep).get("/api/v1/reports/" + v2 + "/attachments")
                .then()
                .statusCode(200)
                .body("size()", equalTo(5))
                .body("carriedForward", equalTo(List.of(true, true, true, true, true)));
        int newId = upload(rep, v2, "bo-sung.pdf", PDF, "application/pdf")
                .then()
                .statusCode(201)
                .body("reportVersion", equalTo(2))
                .extract()
                .path("id");
        as(rep).get("/api/v1/reports/" + v2 + "/attachments").then().body("size()", equalTo(6));
        as(rep).get("/api/v1/reports/" + v1 + "/attachments").then().body("size()", equalTo(5));
        given().auth()
                .oauth2(Api.token(rep, Api.PASSWORD))
                .get("/api/v1/reports/" + v2 + "/attachments/" + pdfId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Api.token(rep, Api.PASSWORD))
                .get("/api/v1/reports/" + v1 + "/attachments/" + newId)
                .then()
                .statusCode(404);

        // scope: the department above reads but does not file; outsiders and siblings see nothing
        as(t.user("deptRoot"))
                .get("/api/v1/reports/" + v2 + "/attachments")
                .then()
                .statusCode(200);
        upload(t.user("deptRoot"), v2, "x.pdf", PDF, "application/pdf").then().statusCode(403);
        for (String outsider : List.of(t.user("deptOther"), t.user("repOther"), t.user("repC2"))) {
            as(outsider).get("/api/v1/reports/" + v2 + "/attachments").then().statusCode(404);
            given().auth()
                    .oauth2(Api.token(outsider, Api.PASSWORD))
                    .get("/api/v1/reports/" + v2 + "/attachments/" + pdfId)
                    .then()
                    .statusCode(404);
            upload(outsider, v2, "x.pdf", PDF, "application/pdf").then().statusCode(404);
        }
        as(t.user("deptRoot"))
                .get("/api/v1/audit?entityType=ATTACHMENT&entityId=" + newId)
                .then()
                .statusCode(200)
                .body("items.action", hasItem("UPLOAD"))
                .body("items[0].actorUsername", equalTo(rep));
    }

    static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write("x".getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument d = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("Danh sách đảng viên dự hội nghị");
            d.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.createSheet("Số liệu").createRow(0).createCell(0).setCellValue("Số dự");
            w.write(out);
            return out.toByteArray();
        }
    }
}
