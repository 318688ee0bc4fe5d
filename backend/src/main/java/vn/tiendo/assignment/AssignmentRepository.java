package vn.tiendo.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import org.hibernate.Session;

import vn.tiendo.common.Paging;
import vn.tiendo.common.Text;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepository<Assignment> {
    /** An assignment with what its DTO shows, read in one query. */
    public record Row(
            Assignment a,
            String planNumber,
            String planTitle,
            String planStatus,
            String tierName,
            String orgCode,
            String orgName,
            String orgLevelCode,
            String secretaryName,
            String phone,
            String email,
            Long reportId,
            Integer reportVersion,
            String reportState,
            String reviewComment) {}

    private static final String SELECT =
            """
            select new vn.tiendo.assignment.AssignmentRepository$Row(a, p.number, p.title, cast(p.status as String), t.name,
                   o.code, o.name, o.levelCode, o.secretaryName, o.phone, o.email, r.id, r.version, cast(r.state as String), r.reviewComment)
            from Assignment a join Plan p on p.id = a.planId join Tier t on t.id = a.tierId join Organization o on o.id = a.orgId
            left join Report r on r.id = a.currentReportId
            """;

    /** Filters of a plan's assignment list. */
    public record Filter(
            Long planId,
            String pathPrefix,
            boolean exactPath,
            Long orgId,
            Long tierId,
            AssignmentStatus status,
            Boolean overdue,
            boolean openOnly,
            LocalDate today) {}

    public List<Row> rows(Filter f, Paging paging) {
        TypedQuery<Row> q =
                getEntityManager().createQuery(SELECT + where(f) + " order by a.deadline, o.name, a.id", Row.class);
        bind(q, f);
        return q.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
    }

    public long count(Filter f) {
        TypedQuery<Long> q = getEntityManager()
                .createQuery(
                        "select count(a) from Assignment a join Plan p on p.id = a.planId join Organization o on o.id = a.orgId "
                                + where(f),
                        Long.class);
        bind(q, f);
        return q.getSingleResult();
    }

    public Row row(long id) {
        return getEntityManager()
                .createQuery(SELECT + " where a.id = :id", Row.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    private static String where(Filter f) {
        StringBuilder w = new StringBuilder(" where ");
        w.append(f.exactPath() ? "a.orgPath = :path" : "a.orgPath like :path");
        if (f.planId() != null) {
            w.append(" and a.planId = :planId");
        }
        if (f.orgId() != null) {
            w.append(" and a.orgId = :orgId");
        }
        if (f.tierId() != null) {
            w.append(" and a.tierId = :tierId");
        }
        if (f.status() != null) {
            w.append(" and a.status = :status");
        }
        if (f.openOnly()) {
            w.append(" and p.status = vn.tiendo.plan.PlanStatus.PUBLISHED and a.status not in :done");
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            w.append(" and a.status not in :done and a.deadline < :today");
        } else if (Boolean.FALSE.equals(f.overdue())) {
            w.append(" and (a.status in :done or a.deadline >= :today)");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, Filter f) {
        q.setParameter("path", f.exactPath() ? f.pathPrefix() : Text.likeLiteral(f.pathPrefix()) + "%");
        if (f.planId() != null) {
            q.setParameter("planId", f.planId());
        }
        if (f.orgId() != null) {
            q.setParameter("orgId", f.orgId());
        }
        if (f.tierId() != null) {
            q.setParameter("tierId", f.tierId());
        }
        if (f.status() != null) {
            q.setParameter("status", f.status());
        }
        if (f.openOnly() || f.overdue() != null) {
            q.setParameter("done", AssignmentStatus.DONE);
        }
        if (f.overdue() != null) {
            q.setParameter("today", f.today());
        }
    }

    /** The organisation's open assignments of published plans become EXEMPT with this reason (it stopped operating). */
    public int exemptOpenOnPublishedPlans(long orgId, String reason, Instant now) {
        return getEntityManager()
                .createQuery(
                        """
                update Assignment a set a.status = :exempt, a.exemptReason = :reason, a.version = a.version + 1, a.updatedAt = :now
                where a.orgId = :org and a.status in :open
                  and a.planId in (select p.id from Plan p where p.status = vn.tiendo.plan.PlanStatus.PUBLISHED)""")
                .setParameter("exempt", AssignmentStatus.EXEMPT)
                .setParameter("reason", reason)
                .setParameter("now", now)
                .setParameter("org", orgId)
                .setParameter("open", AssignmentStatus.OPEN)
                .executeUpdate();
    }

    /**
     * The open assignments of published plans in these moved subtrees whose organisation now lies outside the plan
     * issuer's subtree become EXEMPT with this reason.
     */
    public void exemptOutsideTheirIssuer(Collection<String> movedSubtreePrefixes, String reason, Instant now) {
        getEntityManager().unwrap(Session.class).doWork(c -> {
            try (var ps = c.prepareStatement(
                    """
                    UPDATE assignment a SET status = 'EXEMPT', exempt_reason = ?, version = a.version + 1, updated_at = ?
                    FROM plan p JOIN organization io ON io.id = p.issuer_org_id
                    WHERE p.id = a.plan_id AND p.status = 'PUBLISHED' AND assignment_open(a.status)
                      AND a.org_path LIKE ANY (?) AND a.org_path NOT LIKE io.path || '%'""")) {
                ps.setString(1, reason);
                ps.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                ps.setArray(
                        3,
                        c.createArrayOf(
                                "varchar",
                                movedSubtreePrefixes.stream().map(p -> p + "%").toArray()));
                ps.executeUpdate();
            }
        });
    }
}
