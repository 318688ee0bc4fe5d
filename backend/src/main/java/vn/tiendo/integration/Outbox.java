package vn.tiendo.integration;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hibernate.Session;

import vn.tiendo.common.AppClock;
import vn.tiendo.common.DomainEvent;
import vn.tiendo.organization.OrganizationsChanged;

/**
 * The transactional outbox: an event row (and one delivery row per subscribed webhook) is inserted in the same
 * transaction as the change, so a committed change always has its event and a rolled-back one never does.
 */
@ApplicationScoped
public class Outbox {
    private static final String FAN_OUT =
            """
            INSERT INTO webhook_delivery (webhook_id, event_id, state, next_attempt_at)
            SELECT w.id, e.id, 'PENDING', ? FROM e JOIN webhook w ON w.active AND e.event_type = ANY (w.events)
                   AND e.org_path LIKE w.org_path || '%'""";

    @Inject
    Session session;

    @Inject
    ObjectMapper json;

    @Inject
    AppClock clock;

    void record(@Observes DomainEvent event) {
        String payload;
        try {
            payload = json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        session.flush();
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    WITH e AS (INSERT INTO outbox_event (event_type, entity_type, entity_id, org_path, payload)
                               VALUES (?, ?, ?, ?, ?::jsonb) RETURNING id, event_type, org_path)
                    """
                            + FAN_OUT)) {
                ps.setString(1, event.type());
                ps.setString(2, event.entityType());
                ps.setLong(3, event.entityId());
                ps.setString(4, event.orgPath());
                ps.setString(5, payload);
                ps.setTimestamp(6, Timestamp.from(clock.now()));
                ps.executeUpdate();
            }
        });
    }

    /** organization.changed, set-based (an import may change thousands at once). */
    void organizationsChanged(@Observes OrganizationsChanged changed) {
        Collection<Long> orgIds = changed.orgIds();
        if (orgIds.isEmpty()) {
            return;
        }
        session.flush();
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    WITH e AS (INSERT INTO outbox_event (event_type, entity_type, entity_id, org_path, payload)
                               SELECT 'organization.changed', 'organization', o.id, o.path,
                                      jsonb_build_object('id', o.id, 'code', o.code, 'name', o.name, 'parentId', o.parent_id,
                                                         'levelCode', o.level_code, 'memberCount', o.member_count, 'active', o.active)
                               FROM organization o JOIN unnest(?::bigint[]) AS changed(id) ON changed.id = o.id
                               RETURNING id, event_type, org_path)
                    """
                            + FAN_OUT)) {
                ps.setArray(1, c.createArrayOf("bigint", orgIds.toArray()));
                ps.setTimestamp(2, Timestamp.from(clock.now()));
                ps.executeUpdate();
            }
        });
    }

    /** assignment.overdue, once per assignment, for every open assignment past its deadline. */
    public void recordNewlyOverdue(LocalDate today) {
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                    WITH e AS (INSERT INTO outbox_event (event_type, entity_type, entity_id, org_path, payload)
                               SELECT 'assignment.overdue', 'assignment', a.id, a.org_path,
                                      jsonb_build_object('assignmentId', a.id, 'planId', a.plan_id, 'tierId', a.tier_id,
                                                         'orgId', a.org_id, 'deadline', a.deadline, 'status', a.status)
                               FROM assignment a JOIN plan p ON p.id = a.plan_id
                               WHERE p.status = 'PUBLISHED' AND assignment_overdue(a.status, a.deadline, ?)
                               ON CONFLICT (entity_id) WHERE event_type = 'assignment.overdue' DO NOTHING
                               RETURNING id, event_type, org_path)
                    """
                            + FAN_OUT)) {
                ps.setObject(1, today);
                ps.setTimestamp(2, Timestamp.from(clock.now()));
                ps.executeUpdate();
            }
        });
    }
}
