package vn.tiendo.session;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import vn.tiendo.common.Paging;
import vn.tiendo.common.Text;

@ApplicationScoped
public class SessionRepository implements PanacheRepository<StudySession> {

    public List<StudySession> forAssignment(long assignmentId) {
        return list("assignmentId", assignmentId);
    }

    public List<StudySession> bridgePointsOf(long hostId) {
        return list("hostSessionId", hostId);
    }

    /**
     * A session with what its answer shows (plan, organisation, tier, the number of its bridge points), read in the
     * one query that reads the session: a list costs no look-up per row.
     */
    public record Row(StudySession s, Long planId, Long orgId, String orgName, String tierName, Long bridgePoints) {}

    private static final String SELECT_ROW =
            """
            select new vn.tiendo.session.SessionRepository$Row(s, a.planId, o.id, o.name, t.name,
                   (select count(b) from StudySession b where b.hostSessionId = s.id))
            from StudySession s join Assignment a on a.id = s.assignmentId join Organization o on o.id = a.orgId
            left join Tier t on t.id = a.tierId
            """;

    public Row row(long id) {
        return getEntityManager()
                .createQuery(SELECT_ROW + " where s.id = :id", Row.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    public List<Row> inScope(String prefix, boolean exact, Instant from, Instant to, Paging paging) {
        var q = getEntityManager()
                .createQuery(
                        SELECT_ROW + " where " + (exact ? "a.orgPath = :path" : "a.orgPath like :path")
                                + (from != null ? " and s.startsAt >= :from" : "")
                                + (to != null ? " and s.startsAt < :to" : "") + " order by s.startsAt, s.id",
                        Row.class);
        bind(q, prefix, exact, from, to);
        return q.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    }

    public long countInScope(String prefix, boolean exact, Instant from, Instant to) {
        var q = getEntityManager().createQuery("select count(s) " + scope(exact, from, to), Long.class);
        bind(q, prefix, exact, from, to);
        return q.getSingleResult();
    }

    private static String scope(boolean exact, Instant from, Instant to) {
        return "from StudySession s where s.assignmentId in (select a.id from Assignment a where "
                + (exact ? "a.orgPath = :path" : "a.orgPath like :path") + ")"
                + (from != null ? " and s.startsAt >= :from" : "") + (to != null ? " and s.startsAt < :to" : "");
    }

    private static void bind(jakarta.persistence.Query q, String prefix, boolean exact, Instant from, Instant to) {
        q.setParameter("path", exact ? prefix : Text.likeLiteral(prefix) + "%");
        if (from != null) {
            q.setParameter("from", from);
        }
        if (to != null) {
            q.setParameter("to", to);
        }
    }
}
