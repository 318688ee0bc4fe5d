package vn.tiendo.plan;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;

import vn.tiendo.organization.Organization;

/**
 * A closed plan keeps the tree it was closed with: at close, every organisation its counts are kept for is copied
 * (parent, path, code, name, level) into closed_plan_org, and its assignments keep their paths (moves rewrite only
 * open plans'). Reads of a closed plan measure an organisation at the path it had then.
 */
@ApplicationScoped
public class ClosedPlanTree {
    @Inject
    Session session;

    /** Takes the snapshot; called in the closing transaction. */
    public void freeze(long planId) {
        session.flush();
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    INSERT INTO closed_plan_org (plan_id, org_id, parent_id, path, code, name, level_code)
                    SELECT DISTINCT ?, o.id, o.parent_id, o.path, o.code, o.name, o.level_code
                    FROM progress_count pc JOIN organization o ON o.id = pc.org_id WHERE pc.plan_id = ?
                    ON CONFLICT DO NOTHING""")) {
                ps.setLong(1, planId);
                ps.setLong(2, planId);
                ps.executeUpdate();
            }
        });
    }

    /** The path to measure {@code o} at in this plan: the frozen one for a closed plan, else the current one. */
    public String pathOf(Plan plan, Organization o) {
        if (plan.status != PlanStatus.CLOSED) {
            return o.path;
        }
        String frozen = session.doReturningWork(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT path FROM closed_plan_org WHERE plan_id = ? AND org_id = ?")) {
                ps.setLong(1, plan.id);
                ps.setLong(2, o.id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        return frozen == null ? o.path : frozen;
    }
}
