package vn.tiendo.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.tiendo.common.ApiException;
import vn.tiendo.common.Caller;
import vn.tiendo.common.PageResult;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Text;

/** The history of one entity, for ADMIN and DEPARTMENT users whose subtree holds it. */
@ApplicationScoped
public class AuditService {
    @Inject
    AuditRepository audit;

    @Inject
    Caller caller;

    @Transactional
    public PageResult<AuditEventDto> history(AuditEntity type, String entityId, Paging paging) {
        if (type == null) {
            throw ApiException.badRequest("entityType", "không được để trống");
        }
        String id = Text.trimToNull(entityId);
        if (id == null) {
            throw ApiException.badRequest("entityId", "không được để trống");
        }
        audit.pathOf(type, id)
                .filter(caller::canManage)
                .orElseThrow(() -> ApiException.notFound(type.name().toLowerCase() + " " + id));
        return new PageResult<>(audit.events(type, id, paging), paging.page(), paging.size(), audit.count(type, id));
    }
}
