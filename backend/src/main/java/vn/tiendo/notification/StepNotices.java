package vn.tiendo.notification;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import org.hibernate.Session;

import vn.tiendo.common.AppClock;
import vn.tiendo.common.DomainEvent;

/**
 * A notice for every step of the work, in the same transaction as the step (observing its domain event):
 * a report submitted → the reviewers of the deciding level (DEPARTMENT/ADMIN users of the nearest organisation
 * above that has any); returned (with the reason) or accepted → the organisation's users; a plan published → the
 * users of every assigned organisation. Each in the bell; by mail to the user's own mailbox at once, or in the
 * evening digest, or not at all (the user's {@code notice_mail}).
 */
@ApplicationScoped
public class StepNotices {
    @Inject
    Session session;

    @Inject
    MailOutbox mails;

    @Inject
    AppClock clock;

    /** One notice's words and what it points at. */
    record Notice(Stage kind, long planId, Long assignmentId, String title, String body) {}

    void on(@Observes DomainEvent e) {
        switch (e.type()) {
            case DomainEvent.REPORT_SUBMITTED -> submitted(e);
            case DomainEvent.REPORT_REVIEWED -> reviewed(e);
            case DomainEvent.PLAN_PUBLISHED -> published(e);
            default -> {}
        }
    }

    private void submitted(DomainEvent e) {
        long assignmentId = ((Number) e.data().get("assignmentId")).longValue();
        Context c = context(assignmentId);
        String title = "Báo cáo chờ duyệt: " + c.orgName + " — " + c.planNumber;
        String body = c.orgName + " đã gửi báo cáo kết quả \"" + c.tierName + "\" theo Kế hoạch số " + c.planNumber
                + " (" + c.planTitle
                + ")" + (Boolean.TRUE.equals(e.data().get("onTime")) ? ", đúng hạn" : ", sau hạn") + " ("
                + e.data().get("attendees") + "/"
                + e.data().get("expected") + " người dự). Đề nghị xem và duyệt báo cáo.";
        deliver(new Notice(Stage.REPORT_SUBMITTED, c.planId, assignmentId, title, body), reviewersAbove(e.orgPath()));
    }

    private void reviewed(DomainEvent e) {
        long assignmentId = ((Number) e.data().get("assignmentId")).longValue();
        long orgId = ((Number) e.data().get("orgId")).longValue();
        Context c = context(assignmentId);
        boolean accepted = "ACCEPT".equals(e.data().get("decision"));
        Notice n = accepted
                ? new Notice(
                        Stage.REPORT_ACCEPTED,
                        c.planId,
                        assignmentId,
                        "Báo cáo đã được duyệt: " + c.tierName + " — " + c.planNumber,
                        "Báo cáo kết quả \"" + c.tierName + "\" theo Kế hoạch số " + c.planNumber + " (" + c.planTitle
                                + ") của " + c.orgName + " đã được cấp trên duyệt."
                                + (e.data().get("comment") == null
                                        ? ""
                                        : " Ý kiến: " + e.data().get("comment")))
                : new Notice(
                        Stage.REPORT_RETURNED,
                        c.planId,
                        assignmentId,
                        "Báo cáo bị trả lại: " + c.tierName + " — " + c.planNumber,
                        "Báo cáo kết quả \"" + c.tierName + "\" theo Kế hoạch số " + c.planNumber + " (" + c.planTitle
                                + ") của " + c.orgName
                                + " bị trả lại. Lý do: " + e.data().get("comment")
                                + ". Đề nghị bổ sung, chỉnh sửa và gửi lại báo cáo"
                                + " (hạn ngày " + c.deadline.format(NoticeText.VN_DATE) + ").");
        deliver(n, usersOf(orgId));
    }

    private void published(DomainEvent e) {
        long planId = ((Number) e.data().get("planId")).longValue();
        String title = "Kế hoạch mới: " + e.data().get("number");
        String body = "Kế hoạch số " + e.data().get("number") + " (" + e.data().get("title")
                + ") đã được ban hành và giao cho tổ chức của "
                + "đồng chí. Đề nghị xem kế hoạch, lên lịch hội nghị và báo cáo kết quả đúng hạn.";
        Instant now = clock.now();
        // set-based: a national plan reaches hundreds of thousands of organisations in one statement
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    INSERT INTO notification (user_id, plan_id, kind, title, body, created_at, digest_pending)
                    SELECT u.id, ?, ?, ?, ?, ?, u.notice_mail = 'DAILY' AND u.email IS NOT NULL
                    FROM app_user u
                    WHERE u.active AND NOT u.service AND u.org_id IN (SELECT DISTINCT a.org_id FROM assignment a WHERE a.plan_id = ?)""")) {
                ps.setLong(1, planId);
                ps.setString(2, Stage.PLAN_PUBLISHED.name());
                ps.setString(3, title);
                ps.setString(4, body);
                ps.setTimestamp(5, Timestamp.from(now));
                ps.setLong(6, planId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT DISTINCT u.email FROM app_user u
                    WHERE u.active AND NOT u.service AND u.notice_mail = 'IMMEDIATE' AND u.email IS NOT NULL
                      AND u.org_id IN (SELECT DISTINCT a.org_id FROM assignment a WHERE a.plan_id = ?)""")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        mails.sendAfterCommit(
                                Mail.withText(rs.getString(1), "[Tiến độ] " + title, body + ReminderService.FOOTER));
                    }
                }
            }
        });
    }

    /** The reviewers of the deciding level: DEPARTMENT/ADMIN users of the nearest organisation strictly above that has any. */
    private List<Recipient> reviewersAbove(String orgPath) {
        List<String> ancestors = new ArrayList<>();
        for (int i = orgPath.indexOf('/', 1); i >= 0 && i < orgPath.length() - 1; i = orgPath.indexOf('/', i + 1)) {
            ancestors.add(orgPath.substring(0, i + 1));
        }
        if (ancestors.isEmpty()) {
            return List.of();
        }
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT u.id, u.email, u.notice_mail, o.path FROM app_user u JOIN organization o ON o.id = u.org_id
                    WHERE u.active AND NOT u.service AND ('DEPARTMENT' = ANY (u.roles) OR 'ADMIN' = ANY (u.roles)) AND o.path = ANY (?)
                    ORDER BY length(o.path) DESC, u.id""")) {
                ps.setArray(1, c.createArrayOf("varchar", ancestors.toArray()));
                List<Recipient> out = new ArrayList<>();
                String nearest = null;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (nearest == null) {
                            nearest = rs.getString(4);
                        } else if (!nearest.equals(rs.getString(4))) {
                            break;
                        }
                        out.add(new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
                return out;
            }
        });
    }

    record Recipient(long userId, String email, String noticeMail) {}

    /** The active users of one organisation. */
    private List<Recipient> usersOf(long orgId) {
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT u.id, u.email, u.notice_mail FROM app_user u WHERE u.active AND NOT u.service AND u.org_id = ? ORDER BY u.id")) {
                ps.setLong(1, orgId);
                List<Recipient> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
                return out;
            }
        });
    }

    private void deliver(Notice n, List<Recipient> to) {
        if (to.isEmpty()) {
            return;
        }
        Instant now = clock.now();
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    INSERT INTO notification (user_id, plan_id, assignment_id, kind, title, body, created_at, digest_pending)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Recipient r : to) {
                    ps.setLong(1, r.userId());
                    ps.setLong(2, n.planId());
                    ps.setObject(3, n.assignmentId());
                    ps.setString(4, n.kind().name());
                    ps.setString(5, n.title());
                    ps.setString(6, n.body());
                    ps.setTimestamp(7, Timestamp.from(now));
                    ps.setBoolean(8, r.email() != null && "DAILY".equals(r.noticeMail()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        for (Recipient r : to) {
            if (r.email() != null && "IMMEDIATE".equals(r.noticeMail())) {
                mails.sendAfterCommit(
                        Mail.withText(r.email(), "[Tiến độ] " + n.title(), n.body() + ReminderService.FOOTER));
            }
        }
    }

    /** What the words of a report's notice need. */
    private record Context(
            long planId, String planNumber, String planTitle, String tierName, String orgName, LocalDate deadline) {}

    private Context context(long assignmentId) {
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT p.id, p.number, p.title, t.name, o.name, a.deadline FROM assignment a
                    JOIN plan p ON p.id = a.plan_id JOIN tier t ON t.id = a.tier_id JOIN organization o ON o.id = a.org_id WHERE a.id = ?""")) {
                ps.setLong(1, assignmentId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Context(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getDate(6).toLocalDate());
                }
            }
        });
    }
}
