package vn.tiendo.restructuring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

/**
 * What a merger or split does to published plans (closed plans never change), set-based in SQL. Per tier in which a
 * source owes something, the successor has one assignment: completed only if every source that owed the tier had
 * completed (ACCEPTED if all were accepted), on time only if all were, EXEMPT if every source was exempt, otherwise
 * open (PENDING). The sources' assignments become MERGED, pointing to it: out of every count and denominator, kept
 * in history with their reports. An existing successor that already owes the tier keeps its own assignment as it is.
 */
@ApplicationScoped
public class PlansInFlight {
    /** Counts for the effect summary. */
    public record Outcome(int openPlans, int merged, int successorAssignments, int successorCompleted) {}

    @Inject
    Session session;

    public Outcome carryOver(
            Collection<Long> sourceIds, long successorId, String successorPath, boolean successorIsNew) {
        session.flush();
        return session.doReturningWork(c -> {
            Long[] sources = sourceIds.toArray(Long[]::new);
            int plans = count(
                    c,
                    """
                    SELECT count(DISTINCT a.plan_id) FROM assignment a JOIN plan p ON p.id = a.plan_id AND p.status = 'PUBLISHED'
                    WHERE a.org_id = ANY (?) AND a.status <> 'MERGED'""",
                    sources);
            int made = 0;
            int completed = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    WITH src AS (
                        SELECT a.* FROM assignment a JOIN plan p ON p.id = a.plan_id AND p.status = 'PUBLISHED'
                        WHERE a.org_id = ANY (?) AND a.status <> 'MERGED'),
                    per_tier AS (
                        SELECT plan_id, tier_id, max(deadline) AS deadline, min(original_deadline) AS original_deadline,
                               count(*) FILTER (WHERE status <> 'EXEMPT') AS owed,
                               count(*) FILTER (WHERE status IN ('REPORTED', 'ACCEPTED')) AS done,
                               count(*) FILTER (WHERE status = 'ACCEPTED') AS accepted,
                               coalesce(bool_and(coalesce(on_time, false)) FILTER (WHERE status <> 'EXEMPT'), false) AS all_on_time,
                               max(completed_at) AS completed_at
                        FROM src GROUP BY plan_id, tier_id)
                    INSERT INTO assignment AS t (plan_id, tier_id, org_id, org_path, deadline, original_deadline, status, completed_at, on_time,
                                                 exempt_reason)
                    SELECT plan_id, tier_id, ?, ?, deadline, original_deadline,
                           CASE WHEN owed = 0 THEN 'EXEMPT' WHEN done = owed AND accepted = owed THEN 'ACCEPTED'
                                WHEN done = owed THEN 'REPORTED' ELSE 'PENDING' END,
                           CASE WHEN owed > 0 AND done = owed THEN completed_at END,
                           CASE WHEN owed > 0 AND done = owed THEN all_on_time END,
                           CASE WHEN owed = 0 THEN 'Các tổ chức trước sáp nhập đều được miễn' END
                    FROM per_tier
                    ON CONFLICT (tier_id, org_id) DO UPDATE SET status = EXCLUDED.status, completed_at = EXCLUDED.completed_at,
                           on_time = EXCLUDED.on_time, exempt_reason = EXCLUDED.exempt_reason, deadline = EXCLUDED.deadline,
                           version = t.version + 1, updated_at = now()
                       WHERE ?
                    RETURNING t.status""")) {
                ps.setArray(1, c.createArrayOf("bigint", sources));
                ps.setLong(2, successorId);
                ps.setString(3, successorPath);
                // a successor created by this restructuring may already hold untouched PENDING rows (its level is
                // targeted):
                // those take the derived state; an existing successor's own assignments stand
                ps.setBoolean(4, successorIsNew);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        made++;
                        String s = rs.getString(1);
                        if ("REPORTED".equals(s) || "ACCEPTED".equals(s)) {
                            completed++;
                        }
                    }
                }
            }
            int merged;
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    UPDATE assignment a SET status = 'MERGED', merged_into_id = t.id, version = a.version + 1, updated_at = now()
                    FROM assignment t, plan p
                    WHERE p.id = a.plan_id AND p.status = 'PUBLISHED' AND a.org_id = ANY (?) AND a.status <> 'MERGED'
                      AND t.tier_id = a.tier_id AND t.org_id = ?""")) {
                ps.setArray(1, c.createArrayOf("bigint", sources));
                ps.setLong(2, successorId);
                merged = ps.executeUpdate();
            }
            return new Outcome(plans, merged, made, completed);
        });
    }

    private static int count(Connection c, String sql, Long[] ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("bigint", ids));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
