package vn.tiendo.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tiendo.support.Api.as;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.tiendo.common.AppClock;
import vn.tiendo.support.EmbeddedPostgresResource;
import vn.tiendo.support.SmallTree;

/**
 * The morning run with an injected "today" over a small tree: the right notice to the right people at the right
 * time (due soon N=3, overdue, parent after M=3 days late, grandparent after 2M), exactly once whatever the number
 * of runs, and from two runners at once.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ReminderTest {
    /** Far from the other tests' plans, so their notices never land in this window. */
    static final LocalDate B = LocalDate.now(AppClock.ZONE).plusYears(3);

    @Inject
    ReminderService reminders;

    @Inject
    MockMailbox mailbox;

    @Inject
    AppClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void noticesGoToTheRightPeopleAtTheRightTimeOnce() {
        SmallTree t = new SmallTree(B.minusDays(30), B, B.plusDays(2));
        dropStepNotices(t); // this test counts reminders; StepNoticesTest counts the step notices
        mailbox.clear();

        reminders.run(B.minusDays(5)); // window [B-5, B-2]: nothing of this tree
        assertEquals(0, unread(t, "repCB"));

        reminders.run(B.minusDays(3)); // CB due in 3 days
        assertEquals(1, unread(t, "repCB"));
        assertEquals(0, unread(t, "repC1"));
        List<Mail> cb = mailbox.getMailsSentTo(t.email("CB"));
        assertEquals(1, cb.size());
        String text = cb.get(0).getText();
        assertTrue(
                cb.get(0).getSubject().startsWith("[Tiến độ] Sắp đến hạn: Chi bộ — " + t.planNumber),
                cb.get(0).getSubject());
        assertTrue(text.contains("Chi bộ khối phố 3 còn 3 ngày đến hạn (ngày " + vn(B) + ")"), text);
        assertTrue(text.contains("Kế hoạch số " + t.planNumber + " (Học tập, quán triệt Nghị quyết"), text);
        as(t.user("repCB"))
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("unread", equalTo(1))
                .body("items[0].kind", equalTo("DUE_SOON"))
                .body("items[0].planId", equalTo((int) t.planId))
                .body("items[0].assignmentId", equalTo(t.assignmentOf.get("CB").intValue()));

        // C2 reports early: it is never reminded
        clock.use(Clock.fixed(B.minusDays(2).atTime(9, 0).toInstant(ZoneOffset.ofHours(7)), AppClock.ZONE));
        as(t.user("repC2"))
                .body(SmallTree.report(B.minusDays(2), 18, 18, true))
                .post("/api/v1/assignments/" + t.assignmentOf.get("C2") + "/reports")
                .then()
                .statusCode(201);
        clock.reset();
        dropStepNotices(t);

        int noticeId = as(t.user("repCB"))
                .get("/api/v1/notifications")
                .then()
                .extract()
                .path("items[0].id");
        as(t.user("repOther"))
                .post("/api/v1/notifications/" + noticeId + "/read")
                .then()
                .statusCode(404); // not theirs
        as(t.user("deptRoot"))
                .post("/api/v1/notifications/" + noticeId + "/read")
                .then()
                .statusCode(404); // not even from above
        as(t.user("repCB"))
                .post("/api/v1/notifications/" + noticeId + "/read")
                .then()
                .statusCode(200)
                .body("readAt", org.hamcrest.Matchers.notNullValue());
        as(t.user("repCB"))
                .get("/api/v1/notifications")
                .then()
                .body("unread", equalTo(0))
                .body("total", equalTo(1));
        as(t.user("repCB")).get("/api/v1/notifications?unread=true").then().body("total", equalTo(0));

        reminders.run(B.minusDays(3)); // again: nothing new
        reminders.run(B.minusDays(1)); // CB still due soon: already told; C1 due in 3 days (all C1 users)
        assertEquals(0, unread(t, "repCB"));
        assertEquals(1, mailbox.getMailsSentTo(t.email("CB")).size());

        assertEquals(1, unread(t, "repC1"));
        assertEquals(1, unread(t, "deptC1"));
        assertEquals(0, unread(t, "repC2"));
        assertTrue(mailbox.getMailsSentTo(t.email("C1"))
                .get(0)
                .getText()
                .contains("còn 3 ngày đến hạn (ngày " + vn(B.plusDays(2)) + ")"));
        reminders.run(B); // C1 still due soon: already told
        assertEquals(1, unread(t, "repC1"));

        reminders.run(B.plusDays(1)); // CB one day late
        assertEquals(1, unread(t, "repCB"));
        Mail overdue = mailbox.getMailsSentTo(t.email("CB")).get(1);
        assertTrue(overdue.getSubject().contains("Quá hạn: Chi bộ"), overdue.getSubject());
        assertTrue(overdue.getText().contains("đã trễ 1 ngày so với hạn (ngày " + vn(B) + ")"), overdue.getText());

        reminders.run(B.plusDays(3)); // CB 3 days late: not yet more than M; C1 one day late
        assertEquals(2, unread(t, "deptC1")); // C1's own due-soon and overdue

        reminders.run(B.plusDays(4)); // CB 4 days late → the parent's department (not its reporter)
        assertEquals(3, unread(t, "deptC1")); // due soon + CB escalation + C1 overdue
        assertEquals(2, unread(t, "repC1")); // due soon + C1 overdue, never the escalation
        List<Mail> toC1 = mailbox.getMailsSentTo(t.email("C1"));
        assertTrue(toC1.stream()
                .anyMatch(m -> m.getSubject().contains("Tổ chức trực thuộc quá hạn: Chi bộ khối phố 3")
                        && m.getText().contains("đã trễ 4 ngày")
                        && m.getText().contains("Đề nghị Đảng ủy phường An Mỹ theo dõi, đôn đốc")));
        assertEquals(0, unread(t, "deptH"));

        reminders.run(B.plusDays(7)); // CB 7 days late → grandparent (H); C1 5 days late → its parent (H)
        assertEquals(2, unread(t, "deptH"));
        assertEquals(0, unread(t, "deptRoot"));
        reminders.run(B.plusDays(20)); // C1 18 days late → grandparent ROOT
        assertEquals(1, unread(t, "deptRoot"));
        assertEquals(0, unread(t, "viewerH")); // escalations go to the department only

        // however many more runs: nothing again
        int before = countNotifications(t);
        for (int i = 0; i < 3; i++) {
            reminders.run(B.plusDays(20));
            reminders.run(B.plusDays(25));
        }
        assertEquals(before, countNotifications(t));
        assertEquals(List.of(), duplicatedNotices(t));
        assertEquals(0, unread(t, "deptOther"));
    }

    @Test
    void twoRunnersAtOnceSendEachNoticeOnce() throws Exception {
        SmallTree t = new SmallTree(B.minusDays(60), B.minusDays(30), B.minusDays(30));
        dropStepNotices(t);
        mailbox.clear();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<CompletableFuture<Map<Stage, ReminderService.Sent>>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    runs.add(CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    start.await();
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                                return reminders.run(B);
                            },
                            pool));
                }
                for (var r : runs) {
                    r.get();
                }
            }
        } finally {
            pool.shutdown();
        }
        // 30 days late: overdue for all three, parent and grandparent escalation for all three
        assertEquals(List.of(), duplicatedNotices(t));
        assertEquals(
                9L,
                ((Number) em.createNativeQuery(
                                        "SELECT count(*) FROM notice n JOIN assignment a ON a.id = n.assignment_id "
                                                + "WHERE a.plan_id = ?1")
                                .setParameter(1, t.planId)
                                .getSingleResult())
                        .longValue());
        assertEquals(1, unread(t, "repCB")); // CB overdue
        assertEquals(1, unread(t, "repC2")); // C2 overdue
        assertEquals(1, unread(t, "repC1")); // C1 overdue; CB's escalation goes to C1's department only
        assertEquals(2, unread(t, "deptC1")); // C1 overdue + CB escalated to its parent
        assertEquals(3, unread(t, "deptH")); // CB to its grandparent, C1 and C2 to their parent
        assertEquals(2, unread(t, "deptRoot")); // C1 and C2 to their grandparent
        assertEquals(1, mailbox.getMailsSentTo(t.email("CB")).size());
        assertEquals(2, mailbox.getMailsSentTo(t.email("C1")).size());
        assertEquals(3, mailbox.getMailsSentTo(t.email("H")).size());
    }

    static String vn(LocalDate d) {
        return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    static int unread(SmallTree t, String user) {
        return as(t.user(user))
                .get("/api/v1/notifications")
                .then()
                .statusCode(200)
                .extract()
                .path("unread");
    }

    /** The notices of the steps (plan published, report submitted) are not reminders: out of this test's counts. */
    void dropStepNotices(SmallTree t) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM notification WHERE notice_id IS NULL AND plan_id = ?1")
                        .setParameter(1, t.planId)
                        .executeUpdate());
    }

    int countNotifications(SmallTree t) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM notification WHERE plan_id = ?1")
                        .setParameter(1, t.planId)
                        .getSingleResult())
                .intValue();
    }

    @SuppressWarnings("unchecked")
    List<Object> duplicatedNotices(SmallTree t) {
        return em.createNativeQuery(
                        """
                SELECT n.assignment_id FROM notice n JOIN assignment a ON a.id = n.assignment_id
                WHERE a.plan_id = ?1 AND n.stage <> 'MANUAL' GROUP BY n.assignment_id, n.stage, n.deadline HAVING count(*) > 1""")
                .setParameter(1, t.planId)
                .getResultList();
    }
}
