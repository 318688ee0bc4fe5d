package vn.tiendo.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import vn.tiendo.common.Caller;
import vn.tiendo.organization.Organization;
import vn.tiendo.organization.OrganizationRepository;

/**
 * Turns a verified token into the current user as the database knows it now: a deleted or deactivated user is
 * refused (401), and roles and organisation come from the row, so a change applies at the next request.
 */
@ApplicationScoped
public class UserIdentityAugmentor implements SecurityIdentityAugmentor {
    @Inject
    UserRepository users;
    @Inject
    OrganizationRepository orgs;

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
        AppUser u = users.findById(id);
        if (u == null || !u.active || !u.username.equals(jwt.getName())) {
            throw new AuthenticationFailedException("user unknown or inactive");
        }
        return build(u, jwt);
    }

    SecurityIdentity build(AppUser u, java.security.Principal principal) {
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder().setPrincipal(principal)
                .addAttribute(Caller.ATTR_USER_ID, u.id);
        for (String r : u.roles) {
            b.addRole(r);
        }
        if (u.orgId != null) {
            Organization o = orgs.findById(u.orgId);
            if (o == null || !o.active) {
                throw new AuthenticationFailedException("organisation inactive");
            }
            b.addAttribute(Caller.ATTR_ORG_ID, o.id).addAttribute(Caller.ATTR_ORG_PATH, o.path);
        }
        return b.build();
    }
}
