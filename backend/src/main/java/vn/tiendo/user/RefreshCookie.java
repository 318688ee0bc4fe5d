package vn.tiendo.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;

/**
 * The refresh token's cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it) and
 * scoped to the auth endpoints, so it travels with login, refresh and logout only. Secure unless configured off.
 */
@ApplicationScoped
public class RefreshCookie {
    public static final String NAME = "tiendo_refresh";
    static final String PATH = "/api/v1/auth";

    @Inject
    RefreshConfig config;

    public NewCookie of(RefreshTokens.Issued issued) {
        return build(issued.token(), (int) issued.maxAge().toSeconds());
    }

    /** Tells the browser to forget the cookie. */
    public NewCookie cleared() {
        return build("", 0);
    }

    private NewCookie build(String value, int maxAge) {
        return new NewCookie.Builder(NAME)
                .value(value)
                .path(PATH)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(config.cookieSecure())
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }
}
