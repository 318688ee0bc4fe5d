package vn.tiendo.notification;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

/** The SQL of reminders: claiming notices exactly once, reading what their texts need, writing notifications. */
@ApplicationScoped
public class Notices {
    /** Open assignments of published plans, of active organisations, whose deadline lies in [from, to]. */
    private static final String CLAIM =
            """
            INSERT INTO notice (assignment_id, stage, deadline, days_left, sent_at)
            SELECT a.id, ?, a.deadline, a.deadline - CAST(? AS date), ?
            FROM assignment a
            JOIN plan p ON p.id = a.plan_id AND p.status = 'PUBLISHED'
            JOIN organization o ON o.id = a.org_id AND o.active
            LEFT JOIN organization po ON po.id = o.parent_id
            WHERE assignment_open(a.status) AND a.deadline BETWEEN ? AND ?
              AND (? = 0 OR o.parent_id IS NOT NULL) AND (? = 0 OR po.parent_id IS NOT NULL)
              AND NOT EXISTS (SELECT 1 FROM notice n WHERE n.assignment_id = a.id AND n.stage = ? AND n.deadline = a.deadline)
            ORDER BY a.id
            LIMIT ?
            ON CONFLICT (assignment_id, stage, deadline) WHERE stage <> 'MANUAL' DO NOTHING
            RETURNING id""";

    @Inject
    Session session;

    /** A user who may be told, with whether they work in the propaganda department. */
    record Recipient(long userId, long orgId, boolean department) {}

    /** A notification row to write. */
    record NewNotification(
            long userId, long noticeId, long planId, long assignmentId, Stage kind, String title, String body) {}

    /**
     * Claims up to {@code limit} notices of a stage for assignments whose deadline lies in [from, to]. A claim already
     * made (by an earlier run, or a concurrent one that commits first) is skipped by ON CONFLICT DO NOTHING.
     */
    List<Long> claim(Stage stage, LocalDate today, LocalDate from, LocalDate to, Instant now, int limit) {
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(CLAIM)) {
                ps.setString(1, stage.name());
                ps.setDate(2, Date.valueOf(today));
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setDate(4, Date.valueOf(from));
                ps.setDate(5, Date.valueOf(to));
                ps.setInt(6, stage.escalation() ? 1 : 0);
                ps.setInt(7, stage == Stage.ESCALATION_GRANDPARENT ? 1 : 0);
                ps.setString(8, stage.name());
                ps.setInt(9, limit);
                return ids(ps);
            }
        });
    }

    /** Records reminders sent by hand now (they may repeat). */
    List<Long> recordManual(Collection<Long> assignmentIds, LocalDate today, Instant now, long sentBy) {
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    INSERT INTO notice (assignment_id, stage, deadline, days_left, sent_at, sent_by)
                    SELECT a.id, 'MANUAL', a.deadline, a.deadline - CAST(? AS date), ?, ? FROM assignment a WHERE a.id = ANY (?)
                    ORDER BY a.id RETURNING id""")) {
                ps.setDate(1, Date.valueOf(today));
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setLong(3, sentBy);
                ps.setArray(4, c.createArrayOf("bigint", assignmentIds.toArray()));
                return ids(ps);
            }
        });
    }

    List<NoticeTarget> targets(List<Long> noticeIds) {
        return session.doReturningWork(c -> {
            List<NoticeTarget> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT n.id, n.stage, n.days_left, a.id, n.deadline, a.status, p.id, p.number, p.title, t.name,
                           o.id, o.name, o.email, po.id, po.name, po.email, gpo.id, gpo.name, gpo.email
                    FROM notice n
                    JOIN assignment a ON a.id = n.assignment_id
                    JOIN plan p ON p.id = a.plan_id
                    JOIN tier t ON t.id = a.tier_id
                    JOIN organization o ON o.id = a.org_id
                    LEFT JOIN organization po ON po.id = o.parent_id
                    LEFT JOIN organization gpo ON gpo.id = po.parent_id
                    WHERE n.id = ANY (?) ORDER BY n.id""")) {
                ps.setArray(1, c.createArrayOf("bigint", noticeIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new NoticeTarget(
                                rs.getLong(1),
                                Stage.valueOf(rs.getString(2)),
                                rs.getInt(3),
                                rs.getLong(4),
                                rs.getDate(5).toLocalDate(),
                                rs.getString(6),
                                rs.getLong(7),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getString(10),
                                rs.getLong(11),
                                rs.getString(12),
                                rs.getString(13),
                                longOrNull(rs, 14),
                                rs.getString(15),
                                rs.getString(16),
                                longOrNull(rs, 17),
                                rs.getString(18),
                                rs.getString(19)));
                    }
                }
            }
            return out;
        });
    }

    /** Active users of these organisations. */
    Map<Long, List<Recipient>> recipients(Collection<Long> orgIds) {
        return session.doReturningWork(c -> {
            Map<Long, List<Recipient>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT id, org_id, 'DEPARTMENT' = ANY (roles) FROM app_user WHERE active AND org_id = ANY (?) ORDER BY id""")) {
                ps.setArray(1, c.createArrayOf("bigint", orgIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Recipient r = new Recipient(rs.getLong(1), rs.getLong(2), rs.getBoolean(3));
                        out.computeIfAbsent(r.orgId(), k -> new ArrayList<>()).add(r);
                    }
                }
            }
            return out;
        });
    }

    void insertNotifications(List<NewNotification> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    INSERT INTO notification (user_id, notice_id, plan_id, assignment_id, kind, title, body, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (NewNotification n : rows) {
                    ps.setLong(1, n.userId());
                    ps.setLong(2, n.noticeId());
                    ps.setLong(3, n.planId());
                    ps.setLong(4, n.assignmentId());
                    ps.setString(5, n.kind().name());
                    ps.setString(6, n.title());
                    ps.setString(7, n.body());
                    ps.setTimestamp(8, Timestamp.from(now));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    void markEmailed(Map<Long, String> emailByNotice) {
        if (emailByNotice.isEmpty()) {
            return;
        }
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE notice SET emailed_to = ? WHERE id = ?")) {
                for (var e : emailByNotice.entrySet()) {
                    ps.setString(1, e.getValue());
                    ps.setLong(2, e.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    private static List<Long> ids(PreparedStatement ps) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static Long longOrNull(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }
}
