package vn.tiendo.followup;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiendo.support.Api.as;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.EmbeddedPostgresResource;
import vn.tiendo.support.SmallTree;

/** The chase list's numbers and contacts, reminding from it, its XLSX, and its scope. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ChaseTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);

    @Inject
    MockMailbox mailbox;

    @Test
    void chaseListRemindAndExport() throws Exception {
        // chi bộ 4 days late; cơ sở due in 2 days; C2 has reported
        SmallTree t = new SmallTree(TODAY.minusDays(30), TODAY.minusDays(4), TODAY.plusDays(2));
        as(t.user("repC2"))
                .body(SmallTree.report(TODAY, 18, 18, true))
                .post("/api/v1/assignments/" + t.assignmentOf.get("C2") + "/reports")
                .then()
                .statusCode(201);
        String late = "/api/v1/plans/" + t.planId + "/late";
        String dept = t.user("deptRoot");

        as(dept).get(late)
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("overdue", equalTo(1))
                .body("dueSoon", equalTo(1))
                .body("dueWithinDays", equalTo(3))
                .body("items[0].orgCode", equalTo(t.code("CB")))
                .body("items[0].daysLate", equalTo(4))
                .body("items[0].overdue", equalTo(true))
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].tierName", equalTo("Chi bộ"))
                .body("items[0].secretaryName", equalTo("Nguyễn Văn Ba"))
                .body("items[0].phone", equalTo("0235 381 2345"))
                .body("items[0].email", equalTo(t.email("CB")))
                .body("items[0].lastReminderAt", nullValue())
                .body("items[1].orgCode", equalTo(t.code("C1")))
                .body("items[1].daysLate", equalTo(-2))
                .body("items[1].overdue", equalTo(false));
        as(dept).get(late + "?dueWithinDays=1")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].orgCode", equalTo(t.code("CB")));
        as(dept).get(late + "?dueWithinDays=-1").then().statusCode(400);
        as(dept).get(late + "?orgId=" + t.id("C2")).then().statusCode(200).body("total", equalTo(0));
        as(t.user("repCB"))
                .get(late)
                .then()
                .statusCode(200)
                .body("total", equalTo(1)); // a reporter: its own organisation only
        as(t.user("viewerH")).get(late).then().statusCode(200).body("total", equalTo(2));

        // remind the chi bộ now
        mailbox.clear();
        long cb = t.assignmentOf.get("CB");
        as(dept).body(Map.of("assignmentIds", List.of(cb)))
                .post(late + "/remind")
                .then()
                .statusCode(200)
                .body("reminded", equalTo(1))
                .body("notifications", equalTo(1))
                .body("emails", equalTo(1));
        var mail = mailbox.getMailsSentTo(t.email("CB")).get(0);
        assertTrue(mail.getSubject().contains("Nhắc nhở: Chi bộ — " + t.planNumber), mail.getSubject());
        assertTrue(mail.getText().contains("đã trễ 4 ngày so với hạn"), mail.getText());
        as(t.user("repCB"))
                .get("/api/v1/notifications")
                .then()
                .body("unread", equalTo(2))
                .body("items[0].kind", equalTo("MANUAL"))
                .body("items[1].kind", equalTo("PLAN_PUBLISHED"));
        as(dept).get(late)
                .then()
                .body("items[0].lastReminderAt", notNullValue())
                .body("items[0].lastReminderKind", equalTo("MANUAL"))
                .body("items[1].lastReminderAt", nullValue());
        as(dept).get("/api/v1/audit?entityType=ASSIGNMENT&entityId=" + cb)
                .then()
                .statusCode(200)
                .body("items.action", hasItem("REMIND"))
                .body("items.find { it.action == 'REMIND' }.actorUsername", equalTo(dept));

        // everything on the list: no body at all; the chi bộ was reminded within the hour, so it is skipped
        as(dept).post(late + "/remind")
                .then()
                .statusCode(200)
                .body("reminded", equalTo(1))
                .body("skipped", equalTo(1))
                .body("skippedAssignmentIds", equalTo(List.of((int) cb)));
        // pressed again at once (an empty selection is the whole list): nothing sent twice
        as(dept).body(Map.of())
                .post(late + "/remind")
                .then()
                .statusCode(200)
                .body("reminded", equalTo(0))
                .body("skipped", equalTo(2));
        assertEquals(1, mailbox.getMailsSentTo(t.email("CB")).size());
        assertEquals(1, mailbox.getMailsSentTo(t.email("C1")).size());

        // selections that are not on the list
        as(dept).body(Map.of("assignmentIds", List.of(t.assignmentOf.get("C2"))))
                .post(late + "/remind")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("assignmentIds[0]"));
        as(dept).body(Map.of("assignmentIds", List.of(cb, 999_999_999L)))
                .post(late + "/remind")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("assignmentIds[1]"));
        as(t.user("repCB"))
                .body(Map.of("assignmentIds", List.of(cb)))
                .post(late + "/remind")
                .then()
                .statusCode(403);
        as(t.user("deptC1"))
                .body(Map.of("assignmentIds", List.of(t.assignmentOf.get("C2"))))
                .post(late + "/remind")
                .then()
                .statusCode(422);

        // the spreadsheet
        byte[] xlsx = as(dept).get(late + "/export")
                .then()
                .statusCode(200)
                .header("Content-Type", equalTo(ChaseResource.XLSX))
                .extract()
                .asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            for (int i = 0; i < LateExport.HEADERS.size(); i++) {
                assertEquals(LateExport.HEADERS.get(i), s.getRow(3).getCell(i).getStringCellValue());
            }
            assertEquals(1, (int) s.getRow(4).getCell(0).getNumericCellValue(), "STT");
            assertEquals("Chi bộ khối phố 3", s.getRow(4).getCell(2).getStringCellValue());
            assertEquals(
                    TODAY.minusDays(4),
                    s.getRow(4).getCell(4).getLocalDateTimeCellValue().toLocalDate(),
                    "a real date");
            assertEquals("dd/mm/yyyy", s.getRow(4).getCell(4).getCellStyle().getDataFormatString());
            assertEquals(4, (int) s.getRow(4).getCell(5).getNumericCellValue());
            assertEquals(
                    "trễ 4 ngày",
                    new org.apache.poi.ss.usermodel.DataFormatter(new java.util.Locale("vi"))
                            .formatCellValue(s.getRow(4).getCell(5)));
            assertEquals("Nguyễn Văn Ba", s.getRow(4).getCell(7).getStringCellValue());
            assertEquals(
                    org.apache.poi.ss.usermodel.CellType.NUMERIC,
                    s.getRow(4).getCell(10).getCellType(),
                    "last reminder: a date-time");
            assertEquals("Đảng ủy phường An Mỹ", s.getRow(5).getCell(2).getStringCellValue());
            assertEquals(-2, (int) s.getRow(5).getCell(5).getNumericCellValue(), "due in two days");
            assertTrue(
                    s.getRow(6).getCell(2).getStringCellValue().startsWith("Tổng cộng: 2"),
                    s.getRow(6).getCell(2).getStringCellValue());
            assertEquals(
                    "A4:K6",
                    ((org.apache.poi.xssf.usermodel.XSSFSheet) s)
                            .getCTWorksheet()
                            .getAutoFilter()
                            .getRef(),
                    "the filter covers the header and the data, not the total");
            assertEquals(4, s.getPaneInformation().getHorizontalSplitPosition(), "the header stays in view");
            assertEquals(null, s.getRow(7));
        }
    }

    @Test
    void anotherOrganisationGets404() {
        SmallTree t = new SmallTree(TODAY.minusDays(30), TODAY.minusDays(4), TODAY.plusDays(2));
        String late = "/api/v1/plans/" + t.planId + "/late";
        for (String outsider : List.of(t.user("deptOther"), t.user("repOther"))) {
            as(outsider).get(late).then().statusCode(404);
            as(outsider).get(late + "/export").then().statusCode(404);
        }
        as(t.user("deptOther"))
                .body(Map.of("assignmentIds", List.of(t.assignmentOf.get("CB"))))
                .post(late + "/remind")
                .then()
                .statusCode(404);
        // a department below sees the plan but not a sibling's subtree
        as(t.user("deptC1")).get(late + "?orgId=" + t.id("C2")).then().statusCode(404);
    }
}
