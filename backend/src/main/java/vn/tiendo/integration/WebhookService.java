package vn.tiendo.integration;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.tiendo.common.ApiException;
import vn.tiendo.common.Caller;
import vn.tiendo.common.DomainEvent;
import vn.tiendo.common.FieldError;
import vn.tiendo.common.Paging;
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
    WebhookRepository webhooks;

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
        List<FieldError> bad = in.events().stream()
                .filter(e -> !DomainEvent.TYPES.contains(e))
                .map(e -> new FieldError(
                        "events",
                        "sự kiện '" + e + "' không tồn tại; chọn trong " + String.join(", ", DomainEvent.TYPES)))
                .toList();
        if (!bad.isEmpty()) {
            throw new ApiException(400, "Dữ liệu không hợp lệ", bad.get(0).message(), bad);
        }
        requireReachableTarget(in.url());
        Long orgId = in.orgId() != null ? in.orgId() : caller.orgId();
        String path = "/";
        if (orgId != null) {
            Organization o = orgs.findByIdOptional(orgId)
                    .filter(x -> caller.canManage(x.path))
                    .orElseThrow(() -> ApiException.unprocessable(
                            "orgId", "không tìm thấy tổ chức " + in.orgId() + " trong phạm vi của bạn"));
            path = o.path;
        }
        WebhookRepository.Inserted row = webhooks.insert(
                in.url(),
                secrets.seal(in.secret()),
                in.events().stream().distinct().toArray(String[]::new),
                orgId,
                path,
                caller.userId());
        WebhookDto created = new WebhookDto(row.id(), in.url(), in.events(), orgId, true, row.createdAt());
        audit.record(
                vn.tiendo.audit.AuditEntity.WEBHOOK,
                created.id(),
                "CREATE",
                orgId,
                null,
                created); // the secret is not recorded
        return created;
    }

    public List<WebhookDto> list() {
        return webhooks.under(caller.orgPath());
    }

    @Transactional
    public void delete(long id) {
        requireInScope(id);
        Long orgId = webhooks.orgIdOf(id);
        webhooks.deactivate(id);
        audit.record(vn.tiendo.audit.AuditEntity.WEBHOOK, id, "DELETE", orgId, null, java.util.Map.of("active", false));
        webhooks.giveUpPendingDeliveries(id);
    }

    public DeliveryPage deliveries(long id, Paging paging) {
        requireInScope(id);
        List<DeliveryDto> items = webhooks.deliveries(id, paging);
        return new DeliveryPage(items, paging.page(), paging.size(), webhooks.countDeliveries(id));
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
        if (!webhooks.existsUnder(id, caller.orgPath())) {
            throw ApiException.notFound("webhook " + id);
        }
    }
}
