package vn.tiendo.report;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Text;

@ApplicationScoped
public class ReportRepository implements PanacheRepository<Report> {

    public int nextVersion(long assignmentId) {
        Integer max = getEntityManager().createQuery("select max(r.version) from Report r where r.assignmentId = :a", Integer.class)
                .setParameter("a", assignmentId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public List<Report> forAssignment(long assignmentId) {
        return list("assignmentId = ?1 order by version desc", assignmentId);
    }

    /** Reports in scope, newest first, for the review queue. */
    public List<Report> inScope(String prefix, boolean exact, ReportState state, Long planId, Paging paging) {
        TypedQuery<Report> q = getEntityManager().createQuery("select r " + scope(exact, state, planId) + " order by r.submittedAt, r.id",
                Report.class);
        bind(q, prefix, exact, state, planId);
        return q.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    }

    public long countInScope(String prefix, boolean exact, ReportState state, Long planId) {
        TypedQuery<Long> q = getEntityManager().createQuery("select count(r) " + scope(exact, state, planId), Long.class);
        bind(q, prefix, exact, state, planId);
        return q.getSingleResult();
    }

    private static String scope(boolean exact, ReportState state, Long planId) {
        return "from Report r join Assignment a on a.id = r.assignmentId where " + (exact ? "a.orgPath = :path" : "a.orgPath like :path")
                + (state != null ? " and r.state = :state" : "") + (planId != null ? " and a.planId = :planId" : "");
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
        MINE, DEEPER
    }

    private static final String DECIDER_SQL = """
            FROM report r JOIN assignment a ON a.id = r.assignment_id
            WHERE a.org_path LIKE :prefix AND a.org_path <> :own
              AND (CAST(:state AS varchar) IS NULL OR r.state = CAST(:state AS varchar))
              AND (CAST(:planId AS bigint) IS NULL OR a.plan_id = CAST(:planId AS bigint))
              AND %s EXISTS (SELECT 1 FROM organization o JOIN app_user u ON u.org_id = o.id
                    WHERE u.active AND NOT u.service AND ('DEPARTMENT' = ANY (u.roles) OR 'ADMIN' = ANY (u.roles))
                      AND o.path LIKE :prefix AND o.path <> :own
                      AND a.org_path LIKE o.path || '%%' AND a.org_path <> o.path)""";

    @SuppressWarnings("unchecked")
    public List<Report> decidedBy(Decider decider, String prefix, ReportState state, Long planId, Paging paging) {
        var q = getEntityManager().createNativeQuery("SELECT r.* " + DECIDER_SQL.formatted(decider == Decider.MINE ? "NOT" : "")
                + " ORDER BY r.submitted_at, r.id", Report.class);
        bindDecider(q, prefix, state, planId);
        return q.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    }

    public long countDecidedBy(Decider decider, String prefix, ReportState state, Long planId) {
        var q = getEntityManager().createNativeQuery("SELECT count(*) " + DECIDER_SQL.formatted(decider == Decider.MINE ? "NOT" : ""));
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
