package vn.tiendo.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiendo.support.Api.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.EmbeddedPostgresResource;
import vn.tiendo.support.SmallTree;

/** A notice for every step: published → assigned units; submitted → the deciding level; returned/accepted → the unit. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class StepNoticesTest {
    static final LocalDate TODAY = LocalDate.now(AppClock.ZONE);

    @Inject
    MockMailbox mailbox;

    @Inject
    DigestJob digest;

    @Test
    void everyStepTellsTheRightPeople() {
        SmallTree t = new SmallTree(TODAY.minusDays(10), TODAY.plusDays(5), TODAY.plusDays(7));
        // published: every assigned organisation's users; the issuer's department (not assigned) is not told
        kinds(t, "repCB", List.of("PLAN_PUBLISHED"));
        kinds(t, "repC1", List.of("PLAN_PUBLISHED"));
        kinds(t, "deptRoot", List.of());
        kinds(t, "viewerH", List.of());

        String cbMail = "bithu.cb@example.org";
        String c1Mail = "tuyengiao.c1@example.org";
        as(t.user("repCB"))
                .body(Map.of("email", cbMail))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);
        as(t.user("deptC1"))
                .body(Map.of("email", c1Mail, "noticeMail", "DAILY"))
                .patch("/api/v1/me")
                .then()
                .statusCode(200);
        mailbox.clear();

        // CB submits: its nearest level above with reviewers is C1, not H nor the province
        long reportId = ((Number) as(t.user("repCB"))
                        .body(SmallTree.report(TODAY, 10, 8, true))
                        .post("/api/v1/assignments/" + t.assignmentOf.get("CB") + "/reports")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        kinds(t, "deptC1", List.of("REPORT_SUBMITTED", "PLAN_PUBLISHED"));
        kinds(t, "deptH", List.of());
        kinds(t, "deptRoot", List.of());
        as(t.user("deptC1"))
                .get("/api/v1/notifications")
                .then()
                .body("items[0].title", equalTo("Báo cáo chờ duyệt: Chi bộ khối phố 3 — " + t.planNumber));
        assertEquals(0, mailbox.getMailsSentTo(c1Mail).size(), "DAILY: nothing at once");

        // C2 submits: its level above is H
        as(t.user("repC2"))
                .body(SmallTree.report(TODAY, 18, 15, true))
                .post("/api/v1/assignments/" + t.assignmentOf.get("C2") + "/reports")
                .then()
                .statusCode(201);
        kinds(t, "deptH", List.of("REPORT_SUBMITTED"));

        // returned with its reason → the unit's users, mailed at once (IMMEDIATE is the default)
        as(t.user("deptC1"))
                .body(Map.of("decision", "RETURN", "comment", "Thiếu danh sách người dự"))
                .post("/api/v1/reports/" + reportId + "/review")
                .then()
                .statusCode(200);
        kinds(t, "repCB", List.of("REPORT_RETURNED", "PLAN_PUBLISHED"));
        as(t.user("repCB"))
                .get("/api/v1/notifications")
                .then()
                .body("items[0].body", org.hamcrest.Matchers.containsString("Lý do: Thiếu danh sách người dự"));
        assertEquals(1, mailbox.getMailsSentTo(cbMail).size());
        assertTrue(mailbox.getMailsSentTo(cbMail).get(0).getSubject().contains("Báo cáo bị trả lại"));

        // resubmitted and accepted
        long second = ((Number) as(t.user("repCB"))
                        .body(SmallTree.report(TODAY, 10, 9, true))
                        .post("/api/v1/assignments/" + t.assignmentOf.get("CB") + "/reports")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"))
                .longValue();
        as(t.user("deptC1"))
                .body(Map.of("decision", "ACCEPT"))
                .post("/api/v1/reports/" + second + "/review")
                .then()
                .statusCode(200);
        kinds(t, "repCB", List.of("REPORT_ACCEPTED", "REPORT_RETURNED", "PLAN_PUBLISHED"));

        // the evening digest: one mail with both submissions C1's department waited for, then nothing more
        assertTrue(digest.send() >= 1);
        assertEquals(1, mailbox.getMailsSentTo(c1Mail).size());
        String text = mailbox.getMailsSentTo(c1Mail).get(0).getText();
        assertEquals(2, text.split("Báo cáo chờ duyệt: Chi bộ khối phố 3").length - 1, text);
        digest.send();
        assertEquals(1, mailbox.getMailsSentTo(c1Mail).size(), "a digested notice is never mailed twice");
    }

    static void kinds(SmallTree t, String user, List<String> expected) {
        List<String> kinds = as(t.user(user))
                .get("/api/v1/notifications?size=50")
                .then()
                .statusCode(200)
                .extract()
                .path("items.kind");
        assertEquals(expected, kinds, user);
    }
}
