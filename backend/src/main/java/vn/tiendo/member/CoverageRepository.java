package vn.tiendo.member;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

import vn.tiendo.common.Text;

/**
 * Coverage figures from the counts V11's triggers keep (coverage_count: per plan, tier and organisation, over its
 * subtree; tier 0 = the whole plan, each member once), and the same figures recounted from the rows for the tests.
 */
@ApplicationScoped
public class CoverageRepository {
    public static final long WHOLE_PLAN = 0;

    @Inject
    Session session;

    /** Per tier of the plan at this organisation, key {@link #WHOLE_PLAN} for the plan as a whole. */
    public Map<Long, Coverage> byTier(long planId, long orgId) {
        return query(
                "SELECT tier_id, members, studied, wrote_up FROM coverage_count WHERE plan_id = ? AND org_id = ?",
                planId,
                orgId);
    }

    /** Per tier, the organisation's own members only (coverage_direct): for a caller who reads its own organisation only. */
    public Map<Long, Coverage> byTierOwn(long planId, long orgId) {
        return query(
                "SELECT tier_id, members, studied, wrote_up FROM coverage_direct WHERE plan_id = ? AND org_id = ?",
                planId,
                orgId);
    }

    /** Per plan, the organisation's own members only. */
    public Map<Long, Coverage> byPlanOwn(long orgId) {
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT plan_id, members, studied, wrote_up FROM coverage_direct WHERE org_id = ? AND tier_id = 0")) {
                ps.setLong(1, orgId);
                return read(ps);
            }
        });
    }

    /** The whole plan at each of these organisations. */
    public Map<Long, Coverage> byOrg(long planId, Collection<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return Map.of();
        }
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT org_id, members, studied, wrote_up FROM coverage_count WHERE plan_id = ? AND org_id = ANY (?) AND tier_id = 0""")) {
                ps.setLong(1, planId);
                ps.setArray(2, c.createArrayOf("bigint", orgIds.toArray()));
                return read(ps);
            }
        });
    }

    /** Per plan, summed over these organisations' subtrees (disjoint: the caller's organisation, or the roots). */
    public Map<Long, Coverage> byPlan(Collection<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return Map.of();
        }
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT plan_id, sum(members)::bigint, sum(studied)::bigint, sum(wrote_up)::bigint FROM coverage_count
                    WHERE org_id = ANY (?) AND tier_id = 0 GROUP BY plan_id""")) {
                ps.setArray(1, c.createArrayOf("bigint", orgIds.toArray()));
                return read(ps);
            }
        });
    }

    /**
     * The whole plan over the subtree at this path, recounted from members, assignments, attendance and write-ups
     * (a scan): the maintained counts must always equal it.
     */
    public Coverage recount(long planId, String orgPath) {
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT count(*),
                           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM attendance at JOIN session se ON se.id = at.session_id
                               JOIN assignment sa ON sa.id = se.assignment_id
                               WHERE at.member_id = m.id AND at.status = 'PRESENT' AND sa.plan_id = ?)),
                           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM write_up w JOIN assignment wa ON wa.id = w.assignment_id
                               WHERE w.member_id = m.id AND wa.plan_id = ?))
                    FROM member m JOIN organization o ON o.id = m.org_id
                    WHERE m.active AND m.exempt_reason IS NULL AND o.path LIKE ?
                      AND EXISTS (SELECT 1 FROM assignment a WHERE a.plan_id = ? AND a.status <> 'EXEMPT'
                                  AND o.path LIKE a.org_path || '%')""")) {
                ps.setLong(1, planId);
                ps.setLong(2, planId);
                ps.setString(3, orgPath + "%");
                ps.setLong(4, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Coverage(rs.getLong(1), rs.getLong(2), rs.getLong(3));
                }
            }
        });
    }

    /**
     * The members of the subtree at this path the plan expects who have not studied yet (the make-up list), in tree
     * order then by name, streamed to {@code sink}; {@code maySchedule} says whether the caller may schedule a make-up
     * session for the nearest covering assignment (given its path).
     */
    public void pendingMembers(
            long planId,
            String orgPath,
            int limit,
            long offset,
            Predicate<String> maySchedule,
            Consumer<PendingMember> sink) {
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    SELECT m.id, m.code, m.full_name, o.id, o.name, m.status, cov.id, cov.org_path,
                           EXISTS (SELECT 1 FROM attendance at JOIN session se ON se.id = at.session_id
                                   JOIN assignment sa ON sa.id = se.assignment_id
                                   WHERE at.member_id = m.id AND at.status = 'ABSENT_EXCUSED' AND sa.plan_id = d.plan_id)
                    FROM coverage_direct d
                    JOIN organization o ON o.id = d.org_id
                    JOIN member m ON m.org_id = o.id AND m.active AND m.exempt_reason IS NULL
                    LEFT JOIN LATERAL (SELECT a.id, a.org_path FROM assignment a WHERE a.plan_id = d.plan_id AND a.status <> 'EXEMPT'
                              AND a.org_id = ANY (coverage_ancestors(o.path)) ORDER BY length(a.org_path) DESC, a.id LIMIT 1) cov ON true
                    WHERE d.plan_id = ? AND d.tier_id = 0 AND d.members > d.studied AND o.path LIKE ? ESCAPE '\\'
                      AND NOT EXISTS (SELECT 1 FROM attendance at JOIN session se ON se.id = at.session_id
                                      JOIN assignment sa ON sa.id = se.assignment_id
                                      WHERE at.member_id = m.id AND at.status = 'PRESENT' AND sa.plan_id = d.plan_id)
                    ORDER BY o.path, m.full_name, m.id LIMIT ? OFFSET ?""")) {
                ps.setFetchSize(1000);
                ps.setLong(1, planId);
                ps.setString(2, Text.likeLiteral(orgPath) + "%");
                ps.setLong(3, limit);
                ps.setLong(4, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long assignment = rs.getLong(7);
                        Long assignmentId = rs.wasNull() ? null : assignment;
                        String assignmentPath = rs.getString(8);
                        boolean canSchedule = assignmentPath != null && maySchedule.test(assignmentPath);
                        sink.accept(new PendingMember(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getLong(4),
                                rs.getString(5),
                                MemberStatus.valueOf(rs.getString(6)),
                                assignmentId,
                                rs.getBoolean(9),
                                canSchedule));
                    }
                }
            }
        });
    }

    private Map<Long, Coverage> query(String sql, long a, long b) {
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, a);
                ps.setLong(2, b);
                return read(ps);
            }
        });
    }

    private static Map<Long, Coverage> read(PreparedStatement ps) throws SQLException {
        Map<Long, Coverage> out = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), new Coverage(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        return out;
    }
}
