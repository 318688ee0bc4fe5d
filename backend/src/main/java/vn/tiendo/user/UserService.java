package vn.tiendo.user;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.Caller;
import vn.tiendo.common.ETags;
import vn.tiendo.common.FieldError;
import vn.tiendo.common.PageResult;
import vn.tiendo.common.Paging;
import vn.tiendo.common.RetryAfterException;
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
    RefreshTokens refreshTokens;

    @Inject
    AuditLog audit;

    /** What a sign-in or a refresh hands out: the answer's body and the refresh token for the cookie. */
    public record Session(LoginResponse body, RefreshTokens.Issued refresh) {}

    /**
     * Same answer and the same bcrypt work for an unknown user and a wrong password. Repeated failures for one
     * account or one client address are slowed, then refused (429). No transaction is open while the attempt waits
     * or bcrypt runs.
     */
    public Session login(LoginRequest in, String clientAddress) {
        String account = LoginThrottle.accountKey(in.username());
        String address = LoginThrottle.addressKey(clientAddress);
        throttle.admit(account, address);
        AppUser found = QuarkusTransaction.requiringNew()
                .call(() -> users.findByUsername(in.username().strip()).orElse(null));
        boolean ok = Passwords.matches(in.password(), found == null ? null : found.passwordHash);
        Session session = ok ? QuarkusTransaction.requiringNew().call(() -> signIn(found.id, account, address)) : null;
        if (session == null) {
            throttle.failed(account, address);
            throw new ApiException(401, "Đăng nhập không thành công", "Tên đăng nhập hoặc mật khẩu không đúng", null);
        }
        return session;
    }

    private Session signIn(long userId, String account, String address) {
        AppUser u = users.findById(userId);
        if (u == null || !maySignIn(u)) {
            return null;
        }
        throttle.succeeded(account, address);
        return new Session(answer(u), refreshTokens.start(u));
    }

    /** A new access token for a valid refresh token, which is used up; empty when refused (see RefreshTokens). */
    public Optional<Session> refresh(String refreshToken) {
        return QuarkusTransaction.requiringNew().call(() -> refreshTokens
                .rotate(refreshToken, this::maySignIn)
                .map(r -> new Session(answer(r.user()), r.next())));
    }

    /** Revokes the refresh token's family; unknown tokens are ignored. */
    public void logout(String refreshToken) {
        QuarkusTransaction.requiringNew().run(() -> refreshTokens.revoke(refreshToken));
    }

    /** The body of a sign-in and of a refresh: a fresh access token for the user as stored now. */
    private LoginResponse answer(AppUser u) {
        return new LoginResponse(tokens.issue(u), tokens.lifetimeSeconds(), toDto(u));
    }

    private boolean maySignIn(AppUser u) {
        return u.active && !u.service && (u.orgId == null || orgActive(u.orgId));
    }

    /** 429 with the seconds to wait (Retry-After). */
    public static final class TooManyAttempts extends RetryAfterException {
        TooManyAttempts(long seconds) {
            super(
                    429,
                    "Quá nhiều lần đăng nhập sai",
                    "Đăng nhập tạm thời bị khóa; thử lại sau " + seconds + " giây",
                    null,
                    seconds);
        }
    }

    private boolean orgActive(long orgId) {
        Organization o = orgs.findById(orgId);
        return o != null && o.active;
    }

    /** PORTAL belongs to API keys only. */
    private static void requirePersonRoles(List<Role> roles) {
        if (roles.stream().anyMatch(r -> r != null && r.keyOnly())) {
            throw ApiException.unprocessable("roles", "vai trò PORTAL chỉ dành cho khóa API, không cấp cho người dùng");
        }
    }

    public UserDto me() {
        return toDto(users.findById(caller.userId()));
    }

    /**
     * The caller's own new password: the current one must match (422 on currentPassword otherwise), the new one must
     * differ. Clears the first-sign-in flag, ends every refresh session (the password stamp changes) and answers a
     * fresh session for this one.
     */
    public Session changeOwnPassword(PasswordChange in) {
        long id = caller.userId();
        AppUser found = QuarkusTransaction.requiringNew().call(() -> users.findById(id));
        if (!Passwords.matches(in.currentPassword(), found.passwordHash)) {
            throw ApiException.unprocessable("currentPassword", "mật khẩu hiện tại không đúng");
        }
        if (in.newPassword().equals(in.currentPassword())) {
            throw ApiException.unprocessable("newPassword", "mật khẩu mới phải khác mật khẩu hiện tại");
        }
        if (in.newPassword().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            throw ApiException.unprocessable("newPassword", "tối đa 72 byte (chữ có dấu chiếm 2-3 byte)");
        }
        String hash = Passwords.hash(in.newPassword());
        return QuarkusTransaction.requiringNew().call(() -> {
            AppUser u = users.findById(id);
            var before = audit.before(toDto(u));
            u.passwordHash = hash;
            u.mustChangePassword = false;
            audit.record(
                    AuditEntity.USER, u.id, "CHANGE_PASSWORD", u.orgId, before, (java.util.function.Supplier<UserDto>)
                            () -> toDto(u));
            return new Session(answer(u), refreshTokens.start(u));
        });
    }

    /** The caller's own mailbox and notice preference. */
    @Transactional
    public UserDto setPreferences(MyPreferences in) {
        AppUser u = users.findById(caller.userId());
        var before = audit.before(toDto(u));
        if (in.email() != null) {
            u.email = in.email().isBlank() ? null : in.email().strip();
        }
        if (in.noticeMail() != null) {
            u.noticeMail = in.noticeMail().name();
        }
        audit.record(AuditEntity.USER, u.id, "UPDATE", u.orgId, before, (java.util.function.Supplier<UserDto>)
                () -> toDto(u));
        return toDto(u);
    }

    public PageResult<UserDto> list(Paging paging) {
        var q = users.inScope(caller.orgPath());
        return new PageResult<>(q.page(paging.panache()).list(), paging.page(), paging.size(), q.count())
                .map(this::toDto);
    }

    @Transactional
    public AppUser create(UserInput in) {
        if (users.findByUsername(in.username()).isPresent()) {
            throw new ApiException(
                    409,
                    "Trùng tên đăng nhập",
                    "Tên đăng nhập '" + in.username() + "' đã tồn tại",
                    List.of(new FieldError("username", "đã tồn tại")));
        }
        Organization org = manageableOrg(in.orgId());
        requirePersonRoles(in.roles());
        AppUser u = new AppUser();
        u.username = in.username();
        u.passwordHash = Passwords.hash(in.password());
        u.fullName = in.fullName().strip();
        u.orgId = org.id;
        u.roles = in.roles().stream().distinct().map(Role::name).toArray(String[]::new);
        u.email = in.email() == null || in.email().isBlank() ? null : in.email().strip();
        users.persist(u);
        audit.record(
                AuditEntity.USER, u.id, "CREATE", u.orgId, null, (java.util.function.Supplier<UserDto>) () -> toDto(u));
        return u;
    }

    @Transactional
    public AppUser patch(long id, UserPatch in, String ifMatch) {
        AppUser u = users.findByIdOptional(id)
                .filter(this::inScope)
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
            requirePersonRoles(in.roles());
            u.roles = in.roles().stream().distinct().map(Role::name).toArray(String[]::new);
        }
        if (in.email() != null) {
            u.email = in.email().isBlank() ? null : in.email().strip();
        }
        if (in.active() != null) {
            if (!in.active() && u.id == caller.userId()) {
                throw ApiException.unprocessable("active", "không thể tự ngừng kích hoạt tài khoản của chính mình");
            }
            u.active = in.active();
        }
        String action = in.password() != null
                        && in.fullName() == null
                        && in.orgId() == null
                        && in.roles() == null
                        && in.active() == null
                        && in.email() == null
                ? "CHANGE_PASSWORD"
                : "UPDATE";
        audit.record(
                AuditEntity.USER, u.id, action, u.orgId, before, (java.util.function.Supplier<UserDto>) () -> toDto(u));
        return u;
    }

    public AppUser require(long id) {
        return users.findByIdOptional(id)
                .filter(this::inScope)
                .orElseThrow(() -> ApiException.notFound("người dùng " + id));
    }

    private boolean inScope(AppUser u) {
        if (u.orgId == null) {
            return "/".equals(caller.orgPath());
        }
        Organization o = orgs.findById(u.orgId);
        return o != null && caller.canManage(o.path);
    }

    private Organization manageableOrg(long orgId) {
        return orgs.findByIdOptional(orgId)
                .filter(o -> caller.canManage(o.path))
                .orElseThrow(() -> ApiException.unprocessable(
                        "orgId", "không tìm thấy tổ chức " + orgId + " trong phạm vi của bạn"));
    }

    public UserDto toDto(AppUser u) {
        Organization o = u.orgId == null ? null : orgs.findById(u.orgId);
        return new UserDto(
                u.id,
                u.username,
                u.fullName,
                u.orgId,
                o == null ? null : o.code,
                o == null ? null : o.name,
                Arrays.asList(u.roles),
                u.active,
                u.version,
                u.mustChangePassword,
                u.email,
                MyPreferences.NoticeMail.valueOf(u.noticeMail));
    }
}
