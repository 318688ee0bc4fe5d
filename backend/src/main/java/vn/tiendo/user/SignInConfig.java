package vn.tiendo.user;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** tiendo.login.*: how failed sign-ins are counted, slowed and refused (see LoginThrottle). */
@ConfigMapping(prefix = "tiendo.login")
public interface SignInConfig {
    /** Failed sign-ins of one account within the window before it is locked (429). */
    @WithDefault("5")
    int maxFailuresPerAccount();

    /** Failed sign-ins from one address within the window before it is locked (429). */
    @WithDefault("30")
    int maxFailuresPerAddress();

    /** Failures of one account after which each further attempt waits. */
    @WithDefault("2")
    int slowAfterPerAccount();

    /** Failures from one address after which each further attempt waits. */
    @WithDefault("10")
    int slowAfterPerAddress();

    /** The first wait; each further failure doubles it, up to maxDelay. */
    @WithDefault("PT0.25S")
    Duration delayStep();

    @WithDefault("PT2S")
    Duration maxDelay();

    /** Attempts that may wait at once; the others are refused at once. */
    @WithDefault("16")
    int maxWaiting();

    /** How long failures are counted. */
    @WithDefault("PT15M")
    Duration window();

    /** How long a locked key stays locked. */
    @WithDefault("PT15M")
    Duration lockout();
}
