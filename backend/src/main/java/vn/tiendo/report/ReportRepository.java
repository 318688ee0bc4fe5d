package vn.tiendo.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import vn.tiendo.common.Paging;
import vn.tiendo.common.Text;

@ApplicationScoped
public class ReportRepository implements PanacheRepository<Report> {

    public int nextVersion(long assignmentId) {
        Integer max = getEntityManager()
                .createQuery("select max(r.version) from Report r where r.assignmentId = :a", Integer.class)
                .setParameter("a", assignmentId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /**
     * A report with what its answer shows (plan, tier, organisation, deadline, the assignment's current version, the
     * submitter's and reviewer's names), read in the one query that reads the report: a list costs no look-up per row.
     */
    public record Row(
            Report r,
            Long planId,
            String planNumber,
            String planTitle,
            String tierName,
            Long orgId,
            String orgName,
            LocalDate deadline,
            Long currentReportId,
            String submittedByName,
            String reviewedByName) {}

    private static final String SELECT_ROW =
            """
            select new vn.tiendo.report.ReportRepository$Row(r, a.planId, p.number, p.title, t.name, o.id, o.name, a.deadline,
                   a.currentReportId, sb.fullName, rb.fullName)
            from Report r join Assignment a on a.id = r.assignmentId join Plan p on p.id = a.planId
            left join Tier t on t.id = a.tierId join Organization o on o.id = a.orgId
            left join AppUser sb on sb.id = r.submittedBy left join AppUser rb on rb.id = r.reviewedBy
            """;

    public Row row(long id) {
        return getEntityManager()
                .createQuery(SELECT_ROW + " where r.id = :id", Row.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    /** Every version of an assignment's report, newest first. */
    public List<Row> history(long assignmentId) {
        return getEntityManager()
                .createQuery(SELECT_ROW + " where r.assignmentId = :a order by r.version desc", Row.class)
                .setParameter("a", assignmentId)
                .getResultList();
    }

    /**
     * Every version of the reports of the assignments merged into this one (and, through a chain of mergers, into
     * those), grouped by source organisation, newest version first. A MERGED assignment points to its successor's
     * assignment ({@code merged_into_id}, set when a merger or split carried an open plan over).
     */
    @SuppressWarnings("unchecked")
    public List<Row> predecessorHistory(long assignmentId) {
        List<Number> sources = getEntityManager()
                .createNativeQuery(
                        """
                        WITH RECURSIVE src (id) AS (
                            SELECT a.id FROM assignment a WHERE a.merged_into_id = :a AND a.status = 'MERGED'
                            UNION
                            SELECT a.id FROM assignment a JOIN src ON a.merged_into_id = src.id WHERE a.status = 'MERGED')
                        SELECT id FROM src""")
                .setParameter("a", assignmentId)
                .getResultList();
        if (sources.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(
                        SELECT_ROW
                                + " where r.assignmentId in :ids order by o.name, o.id, r.assignmentId, r.version desc",
                        Row.class)
                .setParameter("ids", sources.stream().map(Number::longValue).toList())
                .getResultList();
    }

    /** The codes of these organisations, by id. */
    public Map<Long, String> orgCodes(Collection<Long> orgIds) {
        Map<Long, String> out = new HashMap<>();
        if (orgIds.isEmpty()) {
            return out;
        }
        getEntityManager()
                .createQuery("select o.id, o.code from Organization o where o.id in :ids", Object[].class)
                .setParameter("ids", orgIds)
                .getResultList()
                .forEach(x -> out.put((Long) x[0], (String) x[1]));
        return out;
    }

    /** Reports in scope, oldest submission first, for the review queue. */
    public List<Row> inScope(String prefix, boolean exact, ReportState state, Long planId, Paging paging) {
        TypedQuery<Row> q = getEntityManager()
                .createQuery(SELECT_ROW + where(exact, state, planId) + " order by r.submittedAt, r.id", Row.class);
        bind(q, prefix, exact, state, planId);
        return q.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    }

    public long countInScope(String prefix, boolean exact, ReportState state, Long planId) {
        TypedQuery<Long> q = getEntityManager()
                .createQuery(
                        "select count(r) from Report r join Assignment a on a.id = r.assignmentId "
                                + where(exact, state, planId),
                        Long.class);
        bind(q, prefix, exact, state, planId);
        return q.getSingleResult();
    }

    private static String where(boolean exact, ReportState state, Long planId) {
        return " where " + (exact ? "a.orgPath = :path" : "a.orgPath like :path")
                + (state != null ? " and r.state = :state" : "") + (planId != null ? " and a.planId = :planId" : "");
    }

    /** These reports' rows, in the order of {@code ids}. */
    private List<Row> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> byId = new HashMap<>();
        getEntityManager()
                .createQuery(SELECT_ROW + " where r.id in :ids", Row.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> byId.put(row.r().id, row));
        return ids.stream().map(byId::get).toList();
    }

    private static void bind(TypedQuery<?> q, String prefix, boolean exact, ReportState state, Long planId) {
        q.setParameter("path", exact ? prefix : Text.likeLiteral(prefix) + "%");
        if (state != null) {
            q.setParameter("state", state);
        }
        if (planId != null) {
            q.setParameter("planId", planId);
        }
    }

    /**
     * Whose decision a report awaits: MINE — the caller's level is the nearest reviewing level above the report's
     * organisation (no organisation strictly between them has DEPARTMENT/ADMIN users); DEEPER — a committee below the
     * caller decides it. The caller's own organisation's reports are decided above the caller: in neither.
     */
    public enum Decider {
        MINE,
        DEEPER
    }

    private static final String DECIDER_SQL =
            """
            FROM report r JOIN assignment a ON a.id = r.assignment_id
            WHERE a.org_path LIKE :prefix AND a.org_path <> :own
              AND (CAST(:state AS varchar) IS NULL OR r.state = CAST(:state AS varchar))
              AND (CAST(:planId AS bigint) IS NULL OR a.plan_id = CAST(:planId AS bigint))
              AND %s EXISTS (SELECT 1 FROM organization o JOIN app_user u ON u.org_id = o.id
                    WHERE u.active AND NOT u.service AND ('DEPARTMENT' = ANY (u.roles) OR 'ADMIN' = ANY (u.roles))
                      AND o.path LIKE :prefix AND o.path <> :own
                      AND a.org_path LIKE o.path || '%%' AND a.org_path <> o.path)""";

    /** The page of reports the decider decides, oldest submission first: their ids in one query, their rows in another. */
    @SuppressWarnings("unchecked")
    public List<Row> decidedBy(Decider decider, String prefix, ReportState state, Long planId, Paging paging) {
        var q = getEntityManager()
                .createNativeQuery("SELECT r.id " + DECIDER_SQL.formatted(decider == Decider.MINE ? "NOT" : "")
                        + " ORDER BY r.submitted_at, r.id");
        bindDecider(q, prefix, state, planId);
        List<Number> ids =
                q.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        return rows(ids.stream().map(Number::longValue).toList());
    }

    public long countDecidedBy(Decider decider, String prefix, ReportState state, Long planId) {
        var q = getEntityManager()
                .createNativeQuery("SELECT count(*) " + DECIDER_SQL.formatted(decider == Decider.MINE ? "NOT" : ""));
        bindDecider(q, prefix, state, planId);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static void bindDecider(jakarta.persistence.Query q, String prefix, ReportState state, Long planId) {
        q.setParameter("prefix", Text.likeLiteral(prefix) + "%");
        q.setParameter("own", prefix);
        q.setParameter("state", state == null ? null : state.name());
        q.setParameter("planId", planId);
    }
}
