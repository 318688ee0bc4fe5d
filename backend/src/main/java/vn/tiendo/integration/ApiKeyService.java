package vn.tiendo.integration;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.tiendo.common.ApiException;
import vn.tiendo.common.AppClock;
import vn.tiendo.common.Caller;
import vn.tiendo.common.Role;
import vn.tiendo.common.Sha256;
import vn.tiendo.integration.ApiKeyDtos.ApiKeyDto;
import vn.tiendo.integration.ApiKeyDtos.ApiKeyInput;
import vn.tiendo.integration.ApiKeyDtos.CreatedApiKey;
import vn.tiendo.organization.Organization;
import vn.tiendo.organization.OrganizationRepository;
import vn.tiendo.user.AppUser;
import vn.tiendo.user.UserRepository;

/** Issues, lists and revokes API keys; each key acts through a service user bound to its organisation. */
@ApplicationScoped
public class ApiKeyService {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OrganizationRepository orgs;

    @Inject
    UserRepository users;

    @Inject
    ApiKeyRepository apiKeys;

    @Inject
    Caller caller;

    @Inject
    AppClock clock;

    @Inject
    vn.tiendo.audit.AuditLog audit;

    @Transactional
    public CreatedApiKey create(ApiKeyInput in) {
        Organization org = orgs.findByIdOptional(in.orgId())
                .filter(o -> caller.canManage(o.path))
                .orElseThrow(() -> ApiException.unprocessable(
                        "orgId", "không tìm thấy tổ chức " + in.orgId() + " trong phạm vi của bạn"));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "td_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String[] roles = in.roles().stream().distinct().map(Role::name).toArray(String[]::new);

        AppUser service = new AppUser();
        service.username = "apikey-" + key.substring(3, 11).toLowerCase() + "-" + RANDOM.nextInt(1_000_000);
        service.fullName = "Khóa API: " + in.name().strip();
        service.passwordHash = "!"; // matches no password
        service.orgId = org.id;
        service.roles = roles;
        service.service = true;
        users.persist(service);

        ApiKey k = new ApiKey();
        k.name = in.name().strip();
        k.keyHash = Sha256.hex(key);
        k.keyPrefix = key.substring(0, 11);
        k.userId = service.id;
        k.orgId = org.id;
        k.roles = roles;
        k.createdBy = caller.userId();
        k.createdAt = clock.now();
        apiKeys.persist(k);
        apiKeys.flush();
        audit.record(vn.tiendo.audit.AuditEntity.API_KEY, k.id, "CREATE", org.id, null, toDto(k));
        return new CreatedApiKey(toDto(k), key);
    }

    public List<ApiKeyDto> list() {
        String prefix = caller.orgPath();
        return apiKeys.under(prefix).stream().map(ApiKeyService::toDto).toList();
    }

    @Transactional
    public ApiKeyDto revoke(long id) {
        ApiKey k = apiKeys.findById(id);
        Organization org = k == null ? null : orgs.findById(k.orgId);
        if (org == null || !caller.canManage(org.path)) {
            throw ApiException.notFound("khóa API " + id);
        }
        if (k.revokedAt == null) {
            var before = audit.snapshot(toDto(k));
            k.revokedAt = clock.now();
            users.findById(k.userId).active = false;
            audit.record(vn.tiendo.audit.AuditEntity.API_KEY, k.id, "REVOKE", org.id, before, toDto(k));
        }
        return toDto(k);
    }

    static ApiKeyDto toDto(ApiKey k) {
        return new ApiKeyDto(
                k.id, k.name, k.keyPrefix, k.orgId, Arrays.asList(k.roles), k.createdAt, k.lastUsedAt, k.revokedAt);
    }
}
