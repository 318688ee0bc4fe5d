package vn.tiendo.user;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.Caller;
import vn.tiendo.common.ETags;
import vn.tiendo.common.FieldError;
import vn.tiendo.common.PageResult;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Role;
import vn.tiendo.organization.Organization;
import vn.tiendo.organization.OrganizationRepository;

/** Sign-in and the administration of users within the administrator's subtree. */
@ApplicationScoped
public class UserService {
    @Inject
    UserRepository users;
    @Inject
    OrganizationRepository orgs;
    @Inject
    TokenService tokens;
    @Inject
    Caller caller;
    @Inject
    LoginThrottle throttle;
    @Inject
    vn.tiendo.common.AppClock clock;
    @Inject
    AuditLog audit;

    /**
     * Same answer and the same bcrypt work for an unknown user and a wrong password; repeated failures for one
     * account or one client address are refused for a while (429).
     */
    @Transactional
    public LoginResponse login(LoginRequest in, String clientAddress) {
        String account = LoginThrottle.accountKey(in.username());
        String address = LoginThrottle.addressKey(clientAddress);
        long wait = throttle.retryAfter(java.util.List.of(account, address), clock.now());
        if (wait > 0) {
            throw new TooManyAttempts(wait);
        }
        Optional<AppUser> found = users.findByUsername(in.username().strip());
        boolean ok = Passwords.matches(in.password(), found.map(u -> u.passwordHash).orElse(null));
        AppUser u = found.orElse(null);
        if (!ok || u == null || !u.active || (u.orgId != null && !orgActive(u.orgId))) {
            throttle.failed(account, address, clock.now());
            throw new ApiException(401, "Đăng nhập không thành công", "Tên đăng nhập hoặc mật khẩu không đúng", null);
        }
        throttle.succeeded(account);
        return new LoginResponse(tokens.issue(u), tokens.lifetimeSeconds(), toDto(u));
    }

    /** 429 with the seconds to wait (Retry-After). */
    public static final class TooManyAttempts extends ApiException {
        public final long retryAfterSeconds;

        TooManyAttempts(long seconds) {
            super(429, "Quá nhiều lần đăng nhập sai", "Đăng nhập tạm thời bị khóa; thử lại sau " + seconds + " giây", null);
            this.retryAfterSeconds = seconds;
        }
    }

    private boolean orgActive(long orgId) {
        Organization o = orgs.findById(orgId);
        return o != null && o.active;
    }

    public UserDto me() {
        return toDto(users.findById(caller.userId()));
    }

    public PageResult<UserDto> list(Paging paging) {
        var q = users.inScope(caller.orgPath());
        return new PageResult<>(q.page(paging.panache()).list(), paging.page(), paging.size(), q.count()).map(this::toDto);
    }

    @Transactional
    public AppUser create(UserInput in) {
        if (users.findByUsername(in.username()).isPresent()) {
            throw new ApiException(409, "Trùng tên đăng nhập", "Tên đăng nhập '" + in.username() + "' đã tồn tại",
                    List.of(new FieldError("username", "đã tồn tại")));
        }
        Organization org = manageableOrg(in.orgId());
        AppUser u = new AppUser();
        u.username = in.username();
        u.passwordHash = Passwords.hash(in.password());
        u.fullName = in.fullName().strip();
        u.orgId = org.id;
        u.roles = in.roles().stream().distinct().map(Role::name).toArray(String[]::new);
        users.persist(u);
        audit.record(AuditEntity.USER, u.id, "CREATE", u.orgId, null, (java.util.function.Supplier<UserDto>) () -> toDto(u));
        return u;
    }

    @Transactional
    public AppUser patch(long id, UserPatch in, String ifMatch) {
        AppUser u = users.findByIdOptional(id).filter(this::inScope)
                .orElseThrow(() -> ApiException.notFound("người dùng " + id));
        ETags.check(ifMatch, u.version);
        var before = audit.before(toDto(u));
        if (in.password() != null) {
            u.passwordHash = Passwords.hash(in.password());
        }
        if (in.fullName() != null) {
            u.fullName = in.fullName().strip();
        }
        if (in.orgId() != null) {
            u.orgId = manageableOrg(in.orgId()).id;
        }
        if (in.roles() != null) {
            u.roles = in.roles().stream().distinct().map(Role::name).toArray(String[]::new);
        }
        if (in.active() != null) {
            if (!in.active() && u.id == caller.userId()) {
                throw ApiException.unprocessable("active", "không thể tự ngừng kích hoạt tài khoản của chính mình");
            }
            u.active = in.active();
        }
        String action = in.password() != null && in.fullName() == null && in.orgId() == null && in.roles() == null && in.active() == null
                ? "CHANGE_PASSWORD" : "UPDATE";
        audit.record(AuditEntity.USER, u.id, action, u.orgId, before, (java.util.function.Supplier<UserDto>) () -> toDto(u));
        return u;
    }

    public AppUser require(long id) {
        return users.findByIdOptional(id).filter(this::inScope).orElseThrow(() -> ApiException.notFound("người dùng " + id));
    }

    private boolean inScope(AppUser u) {
        if (u.orgId == null) {
            return "/".equals(caller.orgPath());
        }
        Organization o = orgs.findById(u.orgId);
        return o != null && caller.canManage(o.path);
    }

    private Organization manageableOrg(long orgId) {
        return orgs.findByIdOptional(orgId).filter(o -> caller.canManage(o.path))
                .orElseThrow(() -> ApiException.unprocessable("orgId", "không tìm thấy tổ chức " + orgId + " trong phạm vi của bạn"));
    }

    public UserDto toDto(AppUser u) {
        Organization o = u.orgId == null ? null : orgs.findById(u.orgId);
        return new UserDto(u.id, u.username, u.fullName, u.orgId, o == null ? null : o.code, o == null ? null : o.name,
                Arrays.asList(u.roles), u.active, u.version);
    }
}
