package vn.tiendo.integration;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import vn.tiendo.common.Caller;
import vn.tiendo.common.Sha256;
import vn.tiendo.organization.Organization;
import vn.tiendo.user.AppUser;

/** X-API-Key authenticates exactly like a user of the key's organisation and roles; a revoked key fails at once. */
public final class ApiKeyAuthentication {
    public static final String HEADER = "X-API-Key";

    private ApiKeyAuthentication() {}

    public static final class ApiKeyRequest extends BaseAuthenticationRequest {
        final String key;

        ApiKeyRequest(String key) {
            this.key = key;
        }
    }

    @ApplicationScoped
    public static class Mechanism implements HttpAuthenticationMechanism {
        @Override
        public Uni<SecurityIdentity> authenticate(
                RoutingContext context, IdentityProviderManager identityProviderManager) {
            String key = context.request().getHeader(HEADER);
            if (key == null || key.isBlank()) {
                return Uni.createFrom().optional(Optional.empty());
            }
            return identityProviderManager.authenticate(new ApiKeyRequest(key.strip()));
        }

        @Override
        public Uni<ChallengeData> getChallenge(RoutingContext context) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
        }

        @Override
        public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
            return Set.of(ApiKeyRequest.class);
        }

        @Override
        public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
            return Uni.createFrom()
                    .item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, HEADER));
        }
    }

    @ApplicationScoped
    public static class Provider implements IdentityProvider<ApiKeyRequest> {
        @Inject
        EntityManager em;

        @Override
        public Class<ApiKeyRequest> getRequestType() {
            return ApiKeyRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> QuarkusTransaction.requiringNew().call(() -> load(request.key)));
        }

        SecurityIdentity load(String key) {
            ApiKey k = em.createQuery("select k from ApiKey k where k.keyHash = :h", ApiKey.class)
                    .setParameter("h", Sha256.hex(key))
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (k == null || k.revokedAt != null) {
                throw new AuthenticationFailedException("unknown or revoked key");
            }
            AppUser user = em.find(AppUser.class, k.userId);
            Organization org = em.find(Organization.class, k.orgId);
            if (user == null || !user.active || org == null || !org.active) {
                throw new AuthenticationFailedException("key owner inactive");
            }
            Instant now = Instant.now();
            if (k.lastUsedAt == null || k.lastUsedAt.isBefore(now.minusSeconds(60))) {
                k.lastUsedAt = now; // coarse on purpose: one write a minute per key, not one per request
            }
            QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(user.username))
                    .addAttribute(Caller.ATTR_USER_ID, user.id)
                    .addAttribute(Caller.ATTR_ORG_ID, org.id)
                    .addAttribute(Caller.ATTR_ORG_PATH, org.path)
                    .addAttribute(Caller.ATTR_API_KEY, k.id);
            for (String r : k.roles) {
                b.addRole(r);
            }
            if (java.util.Arrays.asList(k.roles).contains(vn.tiendo.common.Role.PORTAL_)) {
                b.addRole(
                        vn.tiendo.common.Role.VIEWER_); // a portal reads every figure of its subtree, as a VIEWER does
            }
            return b.build();
        }
    }
}
