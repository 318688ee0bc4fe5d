package vn.tiendo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

import vn.tiendo.common.AppClock;

/** Every morning (tiendo.reminders.cron, Asia/Ho_Chi_Minh) on every replica; the notice claims make the replicas agree. */
@ApplicationScoped
public class ReminderJob {
    @Inject
    ReminderService reminders;

    @Inject
    AppClock clock;

    @Scheduled(
            identity = "reminders",
            cron = "${tiendo.reminders.cron:0 0 7 * * ?}",
            timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMorning() {
        reminders.run(clock.today());
    }
}
