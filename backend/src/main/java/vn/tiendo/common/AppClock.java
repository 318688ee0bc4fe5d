package vn.tiendo.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/** The one source of "now" and "today" (Asia/Ho_Chi_Minh); tests may move it. */
@ApplicationScoped
public class AppClock {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Clock clock = Clock.system(ZONE);

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** For tests only: pin or shift the clock. */
    public void use(Clock clock) {
        this.clock = clock.withZone(ZONE);
    }

    public void reset() {
        this.clock = Clock.system(ZONE);
    }
}
