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

    public long countBridgePoints(long hostId) {
        return count("hostSessionId", hostId);
    }

    public List<StudySession> inScope(String prefix, boolean exact, Instant from, Instant to, Paging paging) {
        var q = getEntityManager().createQuery(scope(exact, from, to) + " order by s.startsAt, s.id", StudySession.class);
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
