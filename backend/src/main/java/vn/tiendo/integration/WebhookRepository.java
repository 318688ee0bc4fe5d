package vn.tiendo.integration;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.tiendo.common.Paging;
import vn.tiendo.common.SqlValues;
import vn.tiendo.integration.WebhookDtos.AttemptDto;
import vn.tiendo.integration.WebhookDtos.DeliveryDto;
import vn.tiendo.integration.WebhookDtos.WebhookDto;

/**
 * The webhook subscriptions and their delivery log, in SQL (no entity: the sealed secret never enters the
 * persistence context). The claim of due deliveries lives with its concurrency rule in {@link WebhookDeliverer}.
 */
@ApplicationScoped
public class WebhookRepository {
    @Inject
    EntityManager em;

    /** What the database assigned to a new subscription. */
    public record Inserted(long id, Instant createdAt) {}

    public Inserted insert(
            String url, String secretSealed, String[] events, Long orgId, String orgPath, long createdBy) {
        Object[] row = (Object[]) em.createNativeQuery(
                        """
                INSERT INTO webhook (url, secret_sealed, events, org_id, org_path, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                RETURNING id, created_at""")
                .setParameter(1, url)
                .setParameter(2, secretSealed)
                .setParameter(3, events)
                .setParameter(4, orgId)
                .setParameter(5, orgPath)
                .setParameter(6, createdBy)
                .getSingleResult();
        return new Inserted(((Number) row[0]).longValue(), SqlValues.instant(row[1]));
    }

    /** The subscriptions of the subtree at this path (deactivated ones too), oldest first. */
    @SuppressWarnings("unchecked")
    public List<WebhookDto> under(String orgPath) {
        List<Object[]> rows = em.createNativeQuery(
                        """
                SELECT id, url, events, org_id, active, created_at FROM webhook WHERE org_path LIKE ?1 ORDER BY id""")
                .setParameter(1, orgPath + "%")
                .getResultList();
        return rows.stream()
                .map(r -> new WebhookDto(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        Arrays.asList((String[]) r[2]),
                        r[3] == null ? null : ((Number) r[3]).longValue(),
                        (Boolean) r[4],
                        SqlValues.instant(r[5])))
                .toList();
    }

    /** Whether the subscription exists in the subtree at this path. */
    public boolean existsUnder(long id, String orgPath) {
        return !em.createNativeQuery("SELECT 1 FROM webhook WHERE id = ?1 AND org_path LIKE ?2")
                .setParameter(1, id)
                .setParameter(2, orgPath + "%")
                .getResultList()
                .isEmpty();
    }

    /** The organisation a subscription listens to, null for the whole tree. */
    public Long orgIdOf(long id) {
        Number orgId = (Number) em.createNativeQuery("SELECT org_id FROM webhook WHERE id = ?1")
                .setParameter(1, id)
                .getSingleResult();
        return orgId == null ? null : orgId.longValue();
    }

    public void deactivate(long id) {
        em.createNativeQuery("UPDATE webhook SET active = false WHERE id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    /** Its pending deliveries give up ({@code WEBHOOK_DELETED}). */
    public void giveUpPendingDeliveries(long webhookId) {
        em.createNativeQuery(
                        "UPDATE webhook_delivery SET state = 'GAVE_UP', last_error = 'WEBHOOK_DELETED' WHERE webhook_id = ?1 AND state = 'PENDING'")
                .setParameter(1, webhookId)
                .executeUpdate();
    }

    /** A page of a subscription's deliveries, newest first, each with its attempts. */
    @SuppressWarnings("unchecked")
    public List<DeliveryDto> deliveries(long webhookId, Paging paging) {
        List<Object[]> rows = em.createNativeQuery(
                        """
                SELECT d.id, d.event_id, e.event_type, d.state, d.attempts, d.next_attempt_at, d.last_status, d.last_error, d.created_at,
                       d.delivered_at
                FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id WHERE d.webhook_id = ?1 ORDER BY d.id DESC""")
                .setParameter(1, webhookId)
                .setFirstResult(paging.offset())
                .setMaxResults(paging.size())
                .getResultList();
        return rows.stream()
                .map(r -> {
                    long deliveryId = ((Number) r[0]).longValue();
                    return new DeliveryDto(
                            deliveryId,
                            ((Number) r[1]).longValue(),
                            (String) r[2],
                            (String) r[3],
                            ((Number) r[4]).intValue(),
                            SqlValues.instant(r[5]),
                            r[6] == null ? null : ((Number) r[6]).intValue(),
                            (String) r[7],
                            SqlValues.instant(r[8]),
                            SqlValues.instant(r[9]),
                            attempts(deliveryId));
                })
                .toList();
    }

    public long countDeliveries(long webhookId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM webhook_delivery WHERE webhook_id = ?1")
                        .setParameter(1, webhookId)
                        .getSingleResult())
                .longValue();
    }

    @SuppressWarnings("unchecked")
    private List<AttemptDto> attempts(long deliveryId) {
        List<Object[]> attempts = em.createNativeQuery(
                        "SELECT attempt, attempted_at, status, error, duration_ms FROM webhook_attempt WHERE delivery_id = ?1 ORDER BY attempt")
                .setParameter(1, deliveryId)
                .getResultList();
        return attempts.stream()
                .map(a -> new AttemptDto(
                        ((Number) a[0]).intValue(),
                        SqlValues.instant(a[1]),
                        a[2] == null ? null : ((Number) a[2]).intValue(),
                        (String) a[3],
                        ((Number) a[4]).intValue()))
                .toList();
    }
}
