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
}
