package vn.tiendo.user;

import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.build.Jwt;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues RS256 access tokens; who the user is and what they may do is re-read from the database per request. */
@ApplicationScoped
public class TokenService {
    @ConfigProperty(name = "tiendo.token-lifetime")
    Duration lifetime;

    public String issue(AppUser u) {
        return Jwt.upn(u.username)
                .subject(String.valueOf(u.id))
                .groups(Set.of(u.roles))
                .expiresIn(lifetime)
                .sign();
    }

    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }
}
