package vn.tiendo.user;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.jwt.JsonWebToken;

import vn.tiendo.common.Caller;
import vn.tiendo.organization.Organization;

/**
 * Turns a verified token into the current user as the database knows it now: a deleted or deactivated user is
 * refused (401), and roles and organisation come from the row, so a change applies at the next request.
 */
@ApplicationScoped
public class UserIdentityAugmentor implements SecurityIdentityAugmentor {
    @Inject
    UserRepository users;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> load(jwt));
    }

    @ActivateRequestContext
    SecurityIdentity load(JsonWebToken jwt) {
        long id;
        try {
            id = Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException e) {
            throw new AuthenticationFailedException("bad subject");
        }
        // the user and their organisation in one query: this runs on every authenticated request
        List<Object[]> rows = users.getEntityManager()
                .createQuery(
                        "select u, o from AppUser u left join Organization o on o.id = u.orgId where u.id = :id",
                        Object[].class)
                .setParameter("id", id)
                .getResultList();
        AppUser u = rows.isEmpty() ? null : (AppUser) rows.get(0)[0];
        if (u == null || !u.active || !u.username.equals(jwt.getName())) {
            throw new AuthenticationFailedException("user unknown or inactive");
        }
        return build(u, (Organization) rows.get(0)[1], jwt);
    }

    private SecurityIdentity build(AppUser u, Organization org, java.security.Principal principal) {
        QuarkusSecurityIdentity.Builder b =
                QuarkusSecurityIdentity.builder().setPrincipal(principal).addAttribute(Caller.ATTR_USER_ID, u.id);
        if (u.mustChangePassword) {
            b.addRole(Caller.PASSWORD_CHANGE).addAttribute(Caller.ATTR_MUST_CHANGE_PASSWORD, true);
        } else {
            for (String r : u.roles) {
                b.addRole(r);
            }
        }
        if (u.orgId != null) {
            if (org == null || !org.active) {
                throw new AuthenticationFailedException("organisation inactive");
            }
            b.addAttribute(Caller.ATTR_ORG_ID, org.id).addAttribute(Caller.ATTR_ORG_PATH, org.path);
        }
        return b.build();
    }
}
