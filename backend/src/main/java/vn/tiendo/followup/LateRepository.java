package vn.tiendo.followup;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

import vn.tiendo.assignment.AssignmentStatus;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Text;

/** The chase list in SQL: open assignments of a plan in a subtree whose deadline is past or within N days. */
@ApplicationScoped
public class LateRepository {
    private static final String WHERE =
            """
            WHERE a.plan_id = ? AND a.org_path %s ?
              AND assignment_open(a.status) AND a.deadline <= ?
            """;
    private static final String SELECT =
            """
            SELECT a.id, a.tier_id, t.name, o.id, o.code, o.name, o.level_code, a.deadline, a.status, o.secretary_name, o.phone, o.email,
                   last.sent_at, last.stage
            FROM assignment a
            JOIN tier t ON t.id = a.tier_id
            JOIN organization o ON o.id = a.org_id
            LEFT JOIN LATERAL (SELECT n.sent_at, n.stage FROM notice n WHERE n.assignment_id = a.id
                               ORDER BY n.sent_at DESC, n.id DESC LIMIT 1) last ON true
            """
                    + WHERE + " ORDER BY a.deadline, o.path, a.id";

    /** The subtree (LIKE prefix, the index's range scan) or one organisation (a reporter's own). */
    private static String sql(String template, boolean exact) {
        return template.replace("%s", exact ? "=" : "LIKE");
    }

    @Inject
    Session session;

    /** Which part of the tree, and how far ahead. */
    public record Scope(long planId, String path, boolean exact, LocalDate today, int dueWithinDays) {}

    /** Counts of the whole list: all, overdue (deadline before today) and due soon. */
    public record Counts(long total, long overdue, long dueSoon) {}

    public List<LateAssignment> page(Scope s, Paging paging) {
        List<LateAssignment> out = new ArrayList<>();
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql(SELECT, s.exact()) + " LIMIT ? OFFSET ?")) {
                int i = bind(ps, s, 1);
                ps.setInt(i++, paging.size());
                ps.setInt(i, paging.offset());
                read(ps, s.today(), out::add);
            }
        });
        return out;
    }

    /** Every row, streamed (the export and "remind all"). */
    public void each(Scope s, Consumer<LateAssignment> sink) {
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql(SELECT, s.exact()))) {
                ps.setFetchSize(2000);
                bind(ps, s, 1);
                read(ps, s.today(), sink);
            }
        });
    }

    public Counts counts(Scope s) {
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql(
                    "SELECT count(*), count(*) FILTER (WHERE a.deadline < ?) FROM assignment a " + WHERE, s.exact()))) {
                ps.setDate(1, Date.valueOf(s.today()));
                bind(ps, s, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(1) - rs.getLong(2));
                }
            }
        });
    }

    private static int bind(PreparedStatement ps, Scope s, int first) throws SQLException {
        ps.setLong(first, s.planId());
        ps.setString(first + 1, s.exact() ? s.path() : Text.likeLiteral(s.path()) + "%");
        ps.setDate(first + 2, Date.valueOf(s.today().plusDays(s.dueWithinDays())));
        return first + 3;
    }

    private static void read(PreparedStatement ps, LocalDate today, Consumer<LateAssignment> sink) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LocalDate deadline = rs.getDate(8).toLocalDate();
                long daysLate = java.time.temporal.ChronoUnit.DAYS.between(deadline, today);
                Timestamp last = rs.getTimestamp(13);
                sink.accept(new LateAssignment(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        deadline,
                        daysLate,
                        daysLate > 0,
                        AssignmentStatus.valueOf(rs.getString(9)),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12),
                        last == null ? null : last.toInstant(),
                        rs.getString(14)));
            }
        }
    }

    /**
     * Of these assignments, those reminded by hand since {@code since}. Locks the assignments first (in id order), so a
     * concurrent reminder of the same ones waits for this one's commit and then sees its notices.
     */
    java.util.Set<Long> remindedSince(java.util.Collection<Long> assignmentIds, java.time.Instant since) {
        return session.doReturningWork(c -> {
            java.sql.Array ids = c.createArrayOf("bigint", assignmentIds.toArray());
            try (java.sql.PreparedStatement lock =
                    c.prepareStatement("SELECT id FROM assignment WHERE id = ANY (?) ORDER BY id FOR NO KEY UPDATE")) {
                lock.setArray(1, ids);
                lock.executeQuery().close();
            }
            java.util.Set<Long> out = new java.util.HashSet<>();
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT assignment_id FROM notice WHERE stage = 'MANUAL' AND assignment_id = ANY (?) AND sent_at > ?")) {
                ps.setArray(1, ids);
                ps.setTimestamp(2, java.sql.Timestamp.from(since));
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }
}
