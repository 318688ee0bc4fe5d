package vn.tiendo.assignment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.hibernate.Session;

import vn.tiendo.organization.OrganizationsPlaced;
import vn.tiendo.plan.PlanPublishing;

/**
 * Creates assignments set-based in SQL (one INSERT ... SELECT, never a loop over organisations): at publish, one
 * per tier × active targeted organisation in the issuer's subtree; later, for organisations that join the
 * subtree of a published plan.
 */
@ApplicationScoped
public class AssignmentFactory {
    private static final String TARGETS =
            """
            FROM tier t
            JOIN plan p ON p.id = t.plan_id
            JOIN organization io ON io.id = p.issuer_org_id
            JOIN organization o ON o.path LIKE io.path || '%' AND o.active
                 AND (o.level_code = ANY (t.level_codes) OR o.id = ANY (t.organization_ids))
            """;

    @Inject
    Session session;

    /** Creates the plan's assignments; returns how many. */
    public int createForPlan(long planId) {
        return session.doReturningWork(c -> update(
                c,
                """
                INSERT INTO assignment (plan_id, tier_id, org_id, org_path, deadline, original_deadline, status)
                SELECT t.plan_id, t.id, o.id, o.path, t.deadline, t.deadline, 'PENDING'
                """
                        + TARGETS + " WHERE t.plan_id = ? ON CONFLICT (tier_id, org_id) DO NOTHING",
                planId));
    }

    /** A plan is published (or counted): its assignments, created or counted. */
    void onPublishing(@Observes PlanPublishing publishing) {
        publishing.assignments(
                publishing.dryRun() ? countForPlan(publishing.planId()) : createForPlan(publishing.planId()));
    }

    /** How many assignments publishing would create. */
    public int countForPlan(long planId) {
        return session.doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) " + TARGETS + " WHERE t.plan_id = ?")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Organisations created, reactivated or moved into the subtree of a published plan get its assignments. */
    void onPlaced(@Observes OrganizationsPlaced placed) {
        Long open = session.createQuery(
                        "select count(p) from Plan p where p.status = vn.tiendo.plan.PlanStatus.PUBLISHED", Long.class)
                .getSingleResult();
        if (open == 0) {
            return;
        }
        session.flush();
        session.doWork(c -> {
            String insert =
                    """
                    INSERT INTO assignment (plan_id, tier_id, org_id, org_path, deadline, original_deadline, status)
                    SELECT t.plan_id, t.id, o.id, o.path, t.deadline, t.deadline, 'PENDING'
                    """
                            + TARGETS
                            + """
                     WHERE p.status = 'PUBLISHED'
                       AND (o.id IN (SELECT unnest(?::bigint[])) OR o.path LIKE ANY (?))
                     ON CONFLICT (tier_id, org_id) DO NOTHING""";
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                ps.setArray(1, c.createArrayOf("bigint", placed.orgIds().toArray()));
                List<String> likes =
                        placed.movedSubtreePrefixes().stream().map(p -> p + "%").toList();
                ps.setArray(2, c.createArrayOf("varchar", likes.toArray()));
                ps.executeUpdate();
            }
        });
    }

    private static int update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            return ps.executeUpdate();
        }
    }
}
