package vn.tiendo.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.AppClock;

/**
 * Theo dõi, đôn đốc: the morning run sends each open assignment its due-soon reminder, its overdue notice and its
 * escalations, each exactly once (claimed in the notice table in the same transaction as the notifications), to
 * the organisation's users and mailbox, or for escalations to the DEPARTMENT users and mailbox of the parent
 * (more than M days late) and the grandparent (more than 2M).
 */
@ApplicationScoped
public class ReminderService {
    private static final Logger LOG = Logger.getLogger(ReminderService.class);
    /** Claims per transaction: keeps one run over a national tree in bounded transactions. */
    static final int CHUNK = 500;

    private static final LocalDate LONG_AGO = LocalDate.of(1900, 1, 1);

    @Inject
    Notices notices;

    @Inject
    MailOutbox mails;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    RemindersConfig config;

    /** What one run (or one manual reminder) sent. */
    public record Sent(int notices, int notifications, int emails) {
        Sent plus(Sent o) {
            return new Sent(notices + o.notices, notifications + o.notifications, emails + o.emails);
        }
    }

    /** The run for one day; safe to call repeatedly and concurrently (from several threads or replicas). */
    public Map<Stage, Sent> run(LocalDate today) {
        int n = config.dueSoonDays();
        int m = config.escalationDays();
        AuditLog.Actor actor = AuditLog.Actor.system("reminders-" + today + "-" + UUID.randomUUID());
        Map<Stage, Sent> out = new LinkedHashMap<>();
        out.put(Stage.DUE_SOON, runStage(Stage.DUE_SOON, today, today, today.plusDays(n), actor));
        out.put(Stage.OVERDUE, runStage(Stage.OVERDUE, today, LONG_AGO, today.minusDays(1), actor));
        out.put(
                Stage.ESCALATION_PARENT,
                runStage(Stage.ESCALATION_PARENT, today, LONG_AGO, today.minusDays(m + 1L), actor));
        out.put(
                Stage.ESCALATION_GRANDPARENT,
                runStage(Stage.ESCALATION_GRANDPARENT, today, LONG_AGO, today.minusDays(2L * m + 1), actor));
        LOG.infof("reminders for %s: %s", today, out);
        return out;
    }

    private Sent runStage(Stage stage, LocalDate today, LocalDate from, LocalDate to, AuditLog.Actor actor) {
        Sent total = new Sent(0, 0, 0);
        while (true) {
            Sent chunk = QuarkusTransaction.requiringNew().call(() -> {
                Instant now = clock.now();
                List<Long> claimed = notices.claim(stage, today, from, to, now, CHUNK);
                return deliver(claimed, now, actor);
            });
            total = total.plus(chunk);
            // fewer than a full chunk: nothing left, or a concurrent runner holds the rest
            if (chunk.notices() < CHUNK) {
                return total;
            }
        }
    }

    /** Sends a reminder now, by hand, about these assignments (the chase list); the caller checked scope. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Sent remindNow(Collection<Long> assignmentIds, long userId) {
        Instant now = clock.now();
        List<Long> ids = notices.recordManual(assignmentIds, clock.today(), now, userId);
        return deliver(ids, now, audit.currentActor());
    }

    private Sent deliver(List<Long> noticeIds, Instant now, AuditLog.Actor actor) {
        if (noticeIds.isEmpty()) {
            return new Sent(0, 0, 0);
        }
        List<NoticeTarget> targets = notices.targets(noticeIds);
        var recipients = notices.recipients(targets.stream()
                .map(NoticeTarget::recipientOrgId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<Notices.NewNotification> rows = new ArrayList<>();
        Map<Long, String> emailed = new LinkedHashMap<>();
        List<AuditLog.Entry> audited = new ArrayList<>();
        for (NoticeTarget t : targets) {
            NoticeText.Text text = NoticeText.of(t);
            List<Long> told = new ArrayList<>();
            for (Notices.Recipient r : recipients.getOrDefault(t.recipientOrgId(), List.of())) {
                if (!t.stage().escalation() || r.department()) {
                    rows.add(new Notices.NewNotification(
                            r.userId(),
                            t.noticeId(),
                            t.planId(),
                            t.assignmentId(),
                            t.stage(),
                            text.title(),
                            text.body()));
                    told.add(r.userId());
                }
            }
            String email = t.recipientEmail();
            if (email != null && !email.isBlank()) {
                emailed.put(t.noticeId(), email);
                mails.sendAfterCommit(Mail.withText(email, "[Tiến độ] " + text.title(), text.body() + FOOTER));
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("stage", t.stage());
            after.put("deadline", t.deadline());
            after.put("daysLeft", t.daysLeft());
            after.put("recipientOrgId", t.recipientOrgId());
            after.put("userIds", told);
            after.put("emailedTo", email);
            after.put("title", text.title());
            audited.add(new AuditLog.Entry(
                    AuditEntity.ASSIGNMENT,
                    t.assignmentId(),
                    t.stage() == Stage.MANUAL ? "REMIND" : "NOTICE_" + t.stage(),
                    t.orgId(),
                    null,
                    after));
        }
        notices.insertNotifications(rows, now);
        notices.markEmailed(emailed);
        audit.recordAll(actor, audited);
        return new Sent(targets.size(), rows.size(), emailed.size());
    }

    static final String FOOTER =
            "\n\n--\nThư tự động từ hệ thống Tiến độ (theo dõi học tập, quán triệt nghị quyết). Vui lòng không trả lời thư này.";
}
