package vn.tiendo.notification;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.mailer.Mail;
import io.quarkus.scheduler.Scheduled;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import vn.tiendo.common.AppClock;

/**
 * The evening digest for users who chose DAILY: one mail with every notice that waited since the last one. The
 * waiting notices are claimed by one UPDATE (row locks), so two replicas never mail the same notice twice; the mail
 * leaves after the claim commits.
 */
@ApplicationScoped
public class DigestJob {
    private static final Logger LOG = Logger.getLogger(DigestJob.class);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm dd/MM").withZone(AppClock.ZONE);

    @Inject
    Session session;

    @Inject
    MailOutbox mails;

    @Scheduled(
            identity = "notice-digest",
            cron = "${tiendo.reminders.digest-cron:0 0 17 * * ?}",
            timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyEvening() {
        send();
    }

    /** Sends every waiting digest now; answers how many mails left. */
    @Transactional
    public int send() {
        Map<String, StringBuilder> byMailbox = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    WITH claimed AS (
                        UPDATE notification n SET digest_pending = false FROM app_user u
                        WHERE n.digest_pending AND u.id = n.user_id
                        RETURNING n.user_id, u.email, n.id, n.title, n.body, n.created_at)
                    SELECT email, title, body, created_at FROM claimed WHERE email IS NOT NULL ORDER BY user_id, id""")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String to = rs.getString(1);
                        byMailbox
                                .computeIfAbsent(to, k -> new StringBuilder())
                                .append("• ")
                                .append(rs.getString(2))
                                .append(" (")
                                .append(TIME.format(rs.getTimestamp(4).toInstant()))
                                .append(")\n  ")
                                .append(rs.getString(3))
                                .append("\n\n");
                        counts.merge(to, 1, Integer::sum);
                    }
                }
            }
        });
        byMailbox.forEach((to, text) -> mails.sendAfterCommit(Mail.withText(
                to,
                "[Tiến độ] Tổng hợp " + counts.get(to) + " thông báo trong ngày",
                text + ReminderService.FOOTER.strip())));
        if (!byMailbox.isEmpty()) {
            LOG.infof("notice digest: %d mails", byMailbox.size());
        }
        return byMailbox.size();
    }
}
