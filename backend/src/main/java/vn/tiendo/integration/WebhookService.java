package vn.tiendo.integration;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tiendo.common.SqlValues;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.Caller;
import vn.tiendo.common.DomainEvent;
import vn.tiendo.common.FieldError;
import vn.tiendo.common.Paging;
import vn.tiendo.integration.WebhookDtos.AttemptDto;
import vn.tiendo.integration.WebhookDtos.DeliveryDto;
import vn.tiendo.integration.WebhookDtos.DeliveryPage;
import vn.tiendo.integration.WebhookDtos.WebhookDto;
import vn.tiendo.integration.WebhookDtos.WebhookInput;
import vn.tiendo.organization.Organization;
import vn.tiendo.organization.OrganizationRepository;

/** Webhook subscriptions, each scoped to the subtree of one organisation. */
@ApplicationScoped
public class WebhookService {
    @Inject
    EntityManager em;
    @Inject
    OrganizationRepository orgs;
    @Inject
    Caller caller;
    @Inject
    vn.tiendo.audit.AuditLog audit;
    @Inject
    WebhookTargets targets;
    @Inject
    WebhookSecrets secrets;

    @Transactional
    public WebhookDto create(WebhookInput in) {
        List<FieldError> bad = in.events().stream().filter(e -> !DomainEvent.TYPES.contains(e))
                .map(e -> new FieldError("events", "sự kiện '" + e + "' không tồn tại; chọn trong " + String.join(", ", DomainEvent.TYPES)))
                .toList();
        if (!bad.isEmpty()) {
            throw new ApiException(400, "Dữ liệu không hợp lệ", bad.get(0).message(), bad);
        }
        requireReachableTarget(in.url());
        Long orgId = in.orgId() != null ? in.orgId() : caller.orgId();
        String path = "/";
        if (orgId != null) {
            Organization o = orgs.findByIdOptional(orgId).filter(x -> caller.canManage(x.path))
                    .orElseThrow(() -> ApiException.unprocessable("orgId", "không tìm thấy tổ chức " + in.orgId() + " trong phạm vi của bạn"));
            path = o.path;
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                INSERT INTO webhook (url, secret_sealed, events, org_id, org_path, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                RETURNING id, created_at""")
                .setParameter(1, in.url()).setParameter(2, secrets.seal(in.secret())).setParameter(3, in.events().stream().distinct().toArray(String[]::new))
                .setParameter(4, orgId).setParameter(5, path).setParameter(6, caller.userId()).getSingleResult();
        WebhookDto created = new WebhookDto(((Number) row[0]).longValue(), in.url(), in.events(), orgId, true, SqlValues.instant(row[1]));
        audit.record(vn.tiendo.audit.AuditEntity.WEBHOOK, created.id(), "CREATE", orgId, null, created); // the secret is not recorded
        return created;
    }

    @SuppressWarnings("unchecked")
    public List<WebhookDto> list() {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, url, events, org_id, active, created_at FROM webhook WHERE org_path LIKE ?1 ORDER BY id""")
                .setParameter(1, caller.orgPath() + "%").getResultList();
        return rows.stream().map(r -> new WebhookDto(((Number) r[0]).longValue(), (String) r[1], Arrays.asList((String[]) r[2]),
                r[3] == null ? null : ((Number) r[3]).longValue(), (Boolean) r[4], SqlValues.instant(r[5]))).toList();
    }

    @Transactional
    public void delete(long id) {
        requireInScope(id);
        Number orgId = (Number) em.createNativeQuery("SELECT org_id FROM webhook WHERE id = ?1").setParameter(1, id).getSingleResult();
        em.createNativeQuery("UPDATE webhook SET active = false WHERE id = ?1").setParameter(1, id).executeUpdate();
        audit.record(vn.tiendo.audit.AuditEntity.WEBHOOK, id, "DELETE", orgId == null ? null : orgId.longValue(), null, java.util.Map.of("active", false));
        em.createNativeQuery("UPDATE webhook_delivery SET state = 'GAVE_UP', last_error = 'WEBHOOK_DELETED' WHERE webhook_id = ?1 AND state = 'PENDING'")
                .setParameter(1, id).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public DeliveryPage deliveries(long id, Paging paging) {
        requireInScope(id);
        List<Object[]> rows = em.createNativeQuery("""
                SELECT d.id, d.event_id, e.event_type, d.state, d.attempts, d.next_attempt_at, d.last_status, d.last_error, d.created_at,
                       d.delivered_at
                FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id WHERE d.webhook_id = ?1 ORDER BY d.id DESC""")
                .setParameter(1, id).setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM webhook_delivery WHERE webhook_id = ?1").setParameter(1, id)
                .getSingleResult()).longValue();
        List<DeliveryDto> items = rows.stream().map(r -> {
            long deliveryId = ((Number) r[0]).longValue();
            List<Object[]> attempts = em.createNativeQuery(
                    "SELECT attempt, attempted_at, status, error, duration_ms FROM webhook_attempt WHERE delivery_id = ?1 ORDER BY attempt")
                    .setParameter(1, deliveryId).getResultList();
            return new DeliveryDto(deliveryId, ((Number) r[1]).longValue(), (String) r[2], (String) r[3], ((Number) r[4]).intValue(),
                    SqlValues.instant(r[5]), r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7], SqlValues.instant(r[8]), SqlValues.instant(r[9]),
                    attempts.stream().map(a -> new AttemptDto(((Number) a[0]).intValue(), SqlValues.instant(a[1]),
                            a[2] == null ? null : ((Number) a[2]).intValue(), (String) a[3], ((Number) a[4]).intValue())).toList());
        }).toList();
        return new DeliveryPage(items, paging.page(), paging.size(), total);
    }

    /**
     * 422 naming {@code url} when it is malformed or points inside (see {@link WebhookTargets}). A name that does not
     * resolve yet is accepted: every delivery checks the target again and logs {@code DNS} until it does.
     */
    private void requireReachableTarget(String url) {
        try {
            targets.resolve(url);
        } catch (WebhookTargets.Refused e) {
            if (!e.category.equals("DNS")) {
                throw ApiException.unprocessable("url", e.getMessage());
            }
        }
    }

    private void requireInScope(long id) {
        List<?> found = em.createNativeQuery("SELECT 1 FROM webhook WHERE id = ?1 AND org_path LIKE ?2").setParameter(1, id)
                .setParameter(2, caller.orgPath() + "%").getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound("webhook " + id);
        }
    }
}
