package vn.tiendo.summary;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

/** The summary's figures in one grouped query over the subtree (total, per tier, per direct child), and who is not done. */
@ApplicationScoped
public class SummaryRepository {
    static final int MAX_OUTSTANDING = 500;

    @Inject
    Session session;

    record Grouped(Figures total, Map<Long, Figures> byTier, Map<Long, Figures> byChild) {}

    /** An assignment not completed yet. */
    record Outstanding(String orgName, String tierName, LocalDate deadline, String status) {}

    Grouped grouped(long planId, String orgPath) {
        String sql =
                """
                SELECT GROUPING(a.tier_id), GROUPING(child), a.tier_id, child,
                       count(*) FILTER (WHERE assignment_counted(a.status)),
                       count(*) FILTER (WHERE assignment_session_held(a.status)),
                       count(*) FILTER (WHERE assignment_completed(a.status)),
                       count(*) FILTER (WHERE assignment_on_time(a.status, a.on_time)),
                       coalesce(sum(assignment_attendance(a.status, r.attendees)), 0),
                       coalesce(sum(assignment_attendance(a.status, r.expected)), 0),
                       coalesce(sum(assignment_attendance(a.status, r.write_ups)), 0),
                       count(*) FILTER (WHERE assignment_completed(a.status) AND r.action_programme_adopted)
                FROM (SELECT a.*, split_part(substr(a.org_path, ?), '/', 1) AS child FROM assignment a
                      WHERE a.plan_id = ? AND a.org_path LIKE ?) a
                LEFT JOIN report r ON r.id = a.current_report_id
                GROUP BY GROUPING SETS ((), (a.tier_id), (child))""";
        return session.doReturningWork(c -> {
            Figures total = Figures.NONE;
            Map<Long, Figures> byTier = new LinkedHashMap<>();
            Map<Long, Figures> byChild = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, orgPath.length() + 1);
                ps.setLong(2, planId);
                ps.setString(3, orgPath + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Figures f = figures(rs, 5);
                        if (rs.getInt(1) == 1 && rs.getInt(2) == 1) {
                            total = f;
                        } else if (rs.getInt(1) == 0) {
                            byTier.put(rs.getLong(3), f);
                        } else if (rs.getString(4) != null && !rs.getString(4).isEmpty()) {
                            byChild.put(Long.parseLong(rs.getString(4)), f);
                        }
                    }
                }
            }
            return new Grouped(total, byTier, byChild);
        });
    }

    /** Late and not-yet-due open assignments of the subtree: the late ones listed (at most MAX_OUTSTANDING), both counted. */
    record Open(List<Outstanding> late, long lateCount, long notDueCount) {}

    /** Open assignments of the subtree past their deadline, earliest deadline first; and how many are open, late or not. */
    Open open(long planId, String orgPath, LocalDate today) {
        return session.doReturningWork(c -> {
            List<Outstanding> out = new ArrayList<>();
            String where = " FROM assignment a JOIN organization o ON o.id = a.org_id JOIN tier t ON t.id = a.tier_id"
                    + " WHERE a.plan_id = ? AND a.org_path LIKE ? AND assignment_open(a.status)";
            try (PreparedStatement ps = c.prepareStatement("SELECT o.name, t.name, a.deadline, a.status" + where
                    + " AND a.deadline < ? ORDER BY a.deadline, o.path, a.id LIMIT " + MAX_OUTSTANDING)) {
                ps.setLong(1, planId);
                ps.setString(2, orgPath + "%");
                ps.setObject(3, today);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Outstanding(
                                rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FILTER (WHERE a.deadline < ?), count(*) FILTER (WHERE a.deadline >= ?)" + where)) {
                ps.setObject(1, today);
                ps.setObject(2, today);
                ps.setLong(3, planId);
                ps.setString(4, orgPath + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Open(out, rs.getLong(1), rs.getLong(2));
                }
            }
        });
    }

    private static Figures figures(ResultSet rs, int first) throws SQLException {
        return new Figures(
                rs.getLong(first),
                rs.getLong(first + 1),
                rs.getLong(first + 2),
                rs.getLong(first + 3),
                rs.getLong(first + 4),
                rs.getLong(first + 5),
                rs.getLong(first + 6),
                rs.getLong(first + 7));
    }
}
