package vn.tiendo.user;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import vn.tiendo.common.Role;

/**
 * On an empty database, creates the system administrator {@code admin} with the password from
 * {@code TIENDO_ADMIN_PASSWORD}; without it, refuses to start rather than invent a password.
 */
@ApplicationScoped
public class AdminBootstrap {
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    /** The well-known password of make run; an admin created with it must choose another at first sign-in. */
    static final String DEFAULT = "admin";

    @Inject
    UserRepository users;

    @ConfigProperty(name = "tiendo.admin-password")
    Optional<String> adminPassword;

    @Transactional
    void onStart(@Observes @jakarta.annotation.Priority(10) StartupEvent ev) {
        if (users.count() > 0) {
            // a database from before the first-sign-in rule: the default password still has to go
            users.findByUsername("admin")
                    .filter(a -> a.orgId == null && !a.mustChangePassword && Passwords.matches(DEFAULT, a.passwordHash))
                    .ifPresent(a -> a.mustChangePassword = true);
            return;
        }
        String password = adminPassword
                .filter(p -> !p.isBlank())
                .orElseThrow(() -> new IllegalStateException(
                        "Cơ sở dữ liệu trống và chưa đặt TIENDO_ADMIN_PASSWORD: hãy đặt mật khẩu cho tài khoản admin rồi khởi động lại "
                                + "(the database is empty and TIENDO_ADMIN_PASSWORD is not set)"));
        AppUser admin = new AppUser();
        admin.username = "admin";
        admin.fullName = "Quản trị hệ thống";
        admin.passwordHash = Passwords.hash(password);
        admin.roles = new String[] {Role.ADMIN.name()};
        admin.mustChangePassword = DEFAULT.equals(password);
        users.persist(admin);
        if (DEFAULT.equals(password)) {
            LOG.warn("\n*****************************************************************\n"
                    + "*  Created user 'admin' with the DEFAULT password 'admin'.       *\n"
                    + "*  It must be changed at the first sign-in (POST /api/v1/me/password). *\n"
                    + "*****************************************************************");
        } else {
            LOG.info("Created the system administrator 'admin' (password from TIENDO_ADMIN_PASSWORD)");
        }
    }
}
