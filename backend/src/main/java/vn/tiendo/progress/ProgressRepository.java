package vn.tiendo.progress;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

/**
 * The figures, computed in PostgreSQL, never by loading the tree into memory: live reads come from the counts the
 * triggers of V4 maintain; exports and the recount scan the subtree on (plan_id, org_path). Every figure uses the status
 * functions of V9 (mirrors of AssignmentStatus), as the trigger does: attendance counts the current report of a
 * completed assignment only.
 */
@ApplicationScoped
public class ProgressRepository {
    private static final String COUNTS =
            """
            count(*) FILTER (WHERE a.status <> 'MERGED'),
            count(*) FILTER (WHERE a.status = 'PENDING'),
            count(*) FILTER (WHERE a.status = 'SCHEDULED'),
            count(*) FILTER (WHERE a.status = 'HELD'),
            count(*) FILTER (WHERE a.status = 'REPORTED'),
            count(*) FILTER (WHERE a.status = 'ACCEPTED'),
            count(*) FILTER (WHERE a.status = 'RETURNED'),
            count(*) FILTER (WHERE a.status = 'EXEMPT'),
            count(*) FILTER (WHERE assignment_overdue(a.status, a.deadline, ?)),
            count(*) FILTER (WHERE assignment_on_time(a.status, a.on_time)),
            coalesce(sum(assignment_attendance(a.status, r.attendees)), 0),
            coalesce(sum(assignment_attendance(a.status, r.expected)), 0)
            """;
    private static final String FROM =
            """
            FROM assignment a
            LEFT JOIN report r ON r.id = a.current_report_id
            WHERE a.plan_id = ? AND a.org_path LIKE ?
            """;

    @Inject
    Session session;

    /** Totals for the subtree, per tier, and per direct child (key = child id); children = their references, when read with them. */
    public record Grouped(
            Totals total,
            Map<Long, Totals> byTier,
            Map<Long, Totals> byChild,
            Map<Long, ProgressDtos.OrgRef> children) {
        Grouped(Totals total, Map<Long, Totals> byTier, Map<Long, Totals> byChild) {
            this(total, byTier, byChild, Map.of());
        }
    }

    // sums of bigint are numeric: cast back, so the driver reads longs, not BigDecimals (a province's 100 children)
    private static final String COUNTED =
            """
            coalesce(sum(pc.assignments), 0)::bigint, coalesce(sum(pc.pending), 0)::bigint, coalesce(sum(pc.scheduled), 0)::bigint, coalesce(sum(pc.held), 0)::bigint,
            coalesce(sum(pc.reported), 0)::bigint, coalesce(sum(pc.accepted), 0)::bigint, coalesce(sum(pc.returned), 0)::bigint, coalesce(sum(pc.exempt), 0)::bigint,
            -- overdue from the counts: the columns of the OPEN statuses (AssignmentStatus.OPEN), deadline before today
            coalesce(sum(pc.pending + pc.scheduled + pc.held + pc.returned) FILTER (WHERE pc.deadline < ?), 0)::bigint,
            coalesce(sum(pc.completed_on_time), 0)::bigint, coalesce(sum(pc.attendees), 0)::bigint, coalesce(sum(pc.expected), 0)::bigint
            """;

    /** From the maintained counts (progress_count): a handful of rows whatever the size of the subtree. */
    public Grouped grouped(long planId, long orgId, LocalDate today) {
        return grouped(planId, orgId, today, false);
    }

    /** frozen: a closed plan, whose children are those of the tree it was closed with (closed_plan_org). */
    public Grouped grouped(long planId, long orgId, LocalDate today, boolean frozen) {
        String tree = frozen
                ? "closed_plan_org o ON o.plan_id = pc.plan_id AND o.org_id = pc.org_id"
                : "organization o ON o.id = pc.org_id";
        return session.doReturningWork(c -> {
            Totals total = Totals.EMPTY;
            Map<Long, Totals> byTier = new LinkedHashMap<>();
            Map<Long, Totals> byChild = new LinkedHashMap<>();
            Map<Long, ProgressDtos.OrgRef> children = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT GROUPING(pc.tier_id), pc.tier_id, " + COUNTED
                            + " FROM progress_count pc WHERE pc.plan_id = ? AND pc.org_id = ? GROUP BY GROUPING SETS ((), (pc.tier_id))")) {
                ps.setDate(1, Date.valueOf(today));
                ps.setLong(2, planId);
                ps.setLong(3, orgId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getInt(1) == 1) {
                            total = totals(rs, 3);
                        } else {
                            Totals t = totals(rs, 3);
                            if (t.assignments() > 0) { // rows emptied by a merger or a move away are kept at zero
                                byTier.put(rs.getLong(2), t);
                            }
                        }
                    }
                }
            }
            // the children's names come with their counts (no second query, no entities to load for a province's 100
            // districts)
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT pc.org_id, " + COUNTED
                            + """
                    , o.code, o.name, o.level_code
                    FROM progress_count pc"""
                            + " JOIN " + tree + " "
                            + """
                    WHERE o.parent_id = ? AND pc.plan_id = ? GROUP BY pc.org_id, o.code, o.name, o.level_code""")) {
                ps.setDate(1, Date.valueOf(today));
                ps.setLong(2, orgId);
                ps.setLong(3, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Totals t = totals(rs, 2);
                        if (t.assignments() > 0) {
                            long id = rs.getLong(1);
                            byChild.put(id, t);
                            children.put(
                                    id,
                                    new ProgressDtos.OrgRef(id, rs.getString(14), rs.getString(15), rs.getString(16)));
                        }
                    }
                }
            }
            return new Grouped(total, byTier, byChild, children);
        });
    }

    /**
     * The same figures recounted from the assignments themselves (a scan of the subtree). The counts table must
     * always equal this; tests and the consistency check compare them.
     */
    public Grouped recount(long planId, String orgPath, LocalDate today) {
        return recount(planId, orgPath, false, today);
    }

    /** The LIKE pattern of what is measured: the subtree of the organisation at this path, or (ownOnly) that organisation alone. */
    static String measured(String orgPath, boolean ownOnly) {
        return ownOnly ? orgPath : orgPath + "%";
    }

    /** As {@link #recount(long, String, LocalDate)}; ownOnly = that organisation's own assignments (a reporter's view, no children). */
    public Grouped recount(long planId, String orgPath, boolean ownOnly, LocalDate today) {
        String sql = "SELECT GROUPING(a.tier_id), GROUPING(child), a.tier_id, child, " + COUNTS
                + """
                FROM (SELECT a.*, split_part(substr(a.org_path, ?), '/', 1) AS child FROM assignment a
                      WHERE a.plan_id = ? AND a.org_path LIKE ? AND a.status <> 'MERGED') a
                LEFT JOIN report r ON r.id = a.current_report_id
                GROUP BY GROUPING SETS ((), (a.tier_id), (child))
                """;
        return session.doReturningWork(c -> {
            Totals total = Totals.EMPTY;
            Map<Long, Totals> byTier = new LinkedHashMap<>();
            Map<Long, Totals> byChild = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setDate(1, Date.valueOf(today));
                ps.setInt(2, orgPath.length() + 1);
                ps.setLong(3, planId);
                ps.setString(4, measured(orgPath, ownOnly));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        boolean tierRolledUp = rs.getInt(1) == 1;
                        boolean childRolledUp = rs.getInt(2) == 1;
                        Totals t = totals(rs, 5);
                        if (tierRolledUp && childRolledUp) {
                            total = t;
                        } else if (!tierRolledUp) {
                            byTier.put(rs.getLong(3), t);
                        } else {
                            String child = rs.getString(4);
                            if (child != null && !child.isEmpty()) {
                                byChild.put(Long.parseLong(child), t);
                            }
                        }
                    }
                }
            }
            return new Grouped(total, byTier, byChild);
        });
    }

    /** Totals per plan of one organisation's own assignments (a reporter's dashboard), recounted. */
    public Map<Long, Totals> byPlanOwn(String orgPath, LocalDate today) {
        return session.doReturningWork(c -> {
            Map<Long, Totals> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT a.plan_id, " + COUNTS
                            + """
                    FROM assignment a LEFT JOIN report r ON r.id = a.current_report_id
                    WHERE a.org_path = ? GROUP BY a.plan_id ORDER BY a.plan_id DESC""")) {
                ps.setDate(1, Date.valueOf(today));
                ps.setString(2, orgPath);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), totals(rs, 2));
                    }
                }
            }
            return out;
        });
    }

    /** Totals per plan over the subtrees of these organisations, for the dashboard. */
    public Map<Long, Totals> byPlan(List<Long> orgIds, LocalDate today) {
        return session.doReturningWork(c -> {
            Map<Long, Totals> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT pc.plan_id, " + COUNTED
                            + " FROM progress_count pc WHERE pc.org_id = ANY (?) GROUP BY pc.plan_id ORDER BY pc.plan_id DESC")) {
                ps.setDate(1, Date.valueOf(today));
                ps.setArray(2, c.createArrayOf("bigint", orgIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), totals(rs, 2));
                    }
                }
            }
            return out;
        });
    }

    /** Completions per local day (current reports only), ascending. */
    public List<long[]> completionsPerDay(long planId, String orgPath, boolean ownOnly, List<LocalDate> days) {
        String sql =
                """
                SELECT (a.completed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS d, count(*), count(*) FILTER (WHERE a.on_time)
                FROM assignment a WHERE a.plan_id = ? AND a.org_path LIKE ? AND assignment_completed(a.status)
                GROUP BY d ORDER BY d""";
        return session.doReturningWork(c -> {
            List<long[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, planId);
                ps.setString(2, measured(orgPath, ownOnly));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        days.add(rs.getDate(1).toLocalDate());
                        out.add(new long[] {rs.getLong(2), rs.getLong(3)});
                    }
                }
            }
            return out;
        });
    }

    public long owed(long planId, String orgPath, boolean ownOnly) {
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM assignment a WHERE a.plan_id = ? AND a.org_path LIKE ? AND assignment_counted(a.status)")) {
                ps.setLong(1, planId);
                ps.setString(2, measured(orgPath, ownOnly));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** One row per organisation of the subtree with assignments, streamed in path order. */
    public record OrgRow(
            String code,
            String name,
            String levelName,
            String parentName,
            Totals totals,
            LocalDate deadline,
            String status,
            String path) {}

    public void perOrganization(long planId, String orgPath, boolean ownOnly, LocalDate today, Consumer<OrgRow> sink) {
        perOrganization(planId, orgPath, ownOnly, today, false, sink);
    }

    /** frozen: a closed plan, named and placed as when it was closed. */
    public void perOrganization(
            long planId, String orgPath, boolean ownOnly, LocalDate today, boolean frozen, Consumer<OrgRow> sink) {
        String sql = "SELECT o.code, o.name, l.name, po.name, min(a.deadline), "
                + "CASE WHEN count(*) = 1 THEN min(a.status) END, " + COUNTS
                + ", coalesce(min(cc.members), 0), coalesce(min(cc.studied), 0), coalesce(min(cc.wrote_up), 0) " + FROM
                + """
                 GROUP BY o.id, o.code, o.name, l.name, po.name, o.path ORDER BY o.path""";
        sql = sql.replace("SELECT o.code,", "SELECT o.path, o.code,");
        // member coverage of each organisation's subtree (the counts of V11), next to its own assignments' figures
        String coverageJoin = " LEFT JOIN coverage_count cc ON cc.plan_id = a.plan_id AND cc.org_id = "
                + (frozen ? "o.org_id" : "o.id") + " AND cc.tier_id = 0";
        String placed = sql.replace(
                "FROM assignment a",
                (frozen
                                ? "FROM assignment a JOIN closed_plan_org o ON o.plan_id = a.plan_id AND o.org_id = a.org_id JOIN level l ON l.code = o.level_code "
                                        + "LEFT JOIN closed_plan_org po ON po.plan_id = o.plan_id AND po.org_id = o.parent_id"
                                : "FROM assignment a JOIN organization o ON o.id = a.org_id "
                                        + "JOIN level l ON l.code = o.level_code LEFT JOIN organization po ON po.id = o.parent_id")
                        + coverageJoin);
        String joined = frozen ? placed.replace("GROUP BY o.id,", "GROUP BY o.org_id,") : placed;
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(joined)) {
                ps.setFetchSize(2000);
                ps.setDate(1, Date.valueOf(today));
                ps.setLong(2, planId);
                ps.setString(3, measured(orgPath, ownOnly));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Date d = rs.getDate(6);
                        Totals t = totals(rs, 8).withCoverage(rs.getLong(20), rs.getLong(21), rs.getLong(22));
                        sink.accept(new OrgRow(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                t,
                                d == null ? null : d.toLocalDate(),
                                rs.getString(7),
                                rs.getString(1)));
                    }
                }
            }
        });
    }

    private static Totals totals(ResultSet rs, int first) throws SQLException {
        long[] v = new long[12];
        for (int i = 0; i < 12; i++) {
            v[i] = rs.getLong(first + i);
        }
        return Totals.of(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]);
    }
}
