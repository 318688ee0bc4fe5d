package vn.tiendo.user;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** tiendo.refresh.*: how long a browser session lives on its refresh cookie (see RefreshTokens, RefreshCookie). */
@ConfigMapping(prefix = "tiendo.refresh")
public interface RefreshConfig {
    /** A session ends this long after its last refresh. */
    @WithDefault("PT4H")
    Duration idle();

    /** ...and this long after its sign-in at the latest. */
    @WithDefault("PT12H")
    Duration absolute();

    /** A used refresh token presented again this soon, before its successor was used, is a lost answer, not a theft. */
    @WithDefault("PT15S")
    Duration reuseGrace();

    /** Secure on the refresh cookie (off only for a trial over plain HTTP elsewhere than localhost). */
    @WithDefault("true")
    boolean cookieSecure();
}
