package vn.tiendo.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** tiendo.reminders.*: when the morning run happens and how far ahead and behind it looks. */
@ConfigMapping(prefix = "tiendo.reminders")
public interface RemindersConfig {
    /** Quartz-style cron in Asia/Ho_Chi_Minh; "off" disables the scheduled run. */
    @WithDefault("0 0 7 * * ?")
    String cron();

    /** N: an open assignment due within this many days gets a reminder. */
    @WithDefault("3")
    int dueSoonDays();

    /** M: overdue by more than M days escalates to the parent's department, more than 2M to the grandparent's. */
    @WithDefault("3")
    int escalationDays();
}
