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

    /** A manual reminder to the same assignment within this window is not sent again. */
    @WithDefault("PT1H")
    java.time.Duration manualWindow();

    /** Quartz-style cron (Asia/Ho_Chi_Minh) of the daily digest mail for users who chose it; "off" disables it. */
    @WithDefault("0 0 17 * * ?")
    String digestCron();
}
